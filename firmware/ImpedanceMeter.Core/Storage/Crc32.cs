namespace ImpedanceMeter.Core.Storage
{
    /// <summary>
    /// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320, init and final XOR 0xFFFFFFFF), the
    /// checksum of zlib and PNG. Check value: CRC of ASCII "123456789" is 0xCBF43926.
    /// Bitwise, table-free: 1 KB of table is worth more as heap than the speed on 1 KB records.
    /// </summary>
    public static class Crc32
    {
        /// <summary>CRC of <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        public static uint Compute(byte[] data, int offset, int count)
        {
            return Finish(Update(Start, data, offset, count));
        }

        /// <summary>Initial register value for incremental use with <see cref="Update"/>.</summary>
        public const uint Start = 0xFFFFFFFF;

        /// <summary>Feeds bytes into a running CRC register.</summary>
        public static uint Update(uint crc, byte[] data, int offset, int count)
        {
            for (int i = offset; i < offset + count; i++)
            {
                crc ^= data[i];
                for (int bit = 0; bit < 8; bit++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
                }
            }

            return crc;
        }

        /// <summary>Final XOR of a running CRC register.</summary>
        public static uint Finish(uint crc)
        {
            return crc ^ 0xFFFFFFFF;
        }
    }
}
