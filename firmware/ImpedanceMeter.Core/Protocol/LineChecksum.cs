using ImpedanceMeter.Core.Storage;

namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>
    /// The checksum every meter line ends with: '*' and the CRC-32 (IEEE) of the bytes before
    /// the '*', as 8 upper-case hex digits — NMEA's "*hh" shape with a CRC instead of an XOR,
    /// because an XOR misses the duplicated and swapped bytes a noisy UART produces.
    /// </summary>
    public static class LineChecksum
    {
        /// <summary>Characters the suffix adds: '*' and 8 hex digits.</summary>
        public const int SuffixLength = 9;

        private const string Hex = "0123456789ABCDEF";

        /// <summary>Writes '*' and the checksum of buffer[0..bodyLength) at buffer[bodyLength]; returns the new length.</summary>
        public static int Append(byte[] buffer, int bodyLength)
        {
            uint crc = Crc32.Compute(buffer, 0, bodyLength);
            buffer[bodyLength] = (byte)'*';
            for (int i = 0; i < 8; i++)
            {
                buffer[bodyLength + 1 + i] = (byte)Hex[(int)((crc >> (28 - (4 * i))) & 0xF)];
            }

            return bodyLength + SuffixLength;
        }

        /// <summary>
        /// Checks a received line (terminator already removed). Returns the body length (the
        /// bytes before '*') when the checksum matches, or -1.
        /// </summary>
        public static int Verify(byte[] line, int length)
        {
            int body = length - SuffixLength;
            if (body < 0 || line[body] != (byte)'*')
            {
                return -1;
            }

            uint expected = 0;
            for (int i = 0; i < 8; i++)
            {
                int c = line[body + 1 + i];
                int nibble = c >= '0' && c <= '9' ? c - '0' : (c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1);
                if (nibble < 0)
                {
                    return -1;
                }

                expected = (expected << 4) | (uint)nibble;
            }

            return Crc32.Compute(line, 0, body) == expected ? body : -1;
        }
    }
}
