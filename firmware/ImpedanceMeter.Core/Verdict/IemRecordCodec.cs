using ImpedanceMeter.Core.Storage;

namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// The compact binary record of an <see cref="IemProfile"/> for on-device storage and
    /// transfer, little-endian, version 1 (docs/verdict.md, "Binary record"):
    /// <code>
    /// 0  "IEMR" magic            4  total length incl. CRC (uint16)   6  version = 1
    /// 7  origin                  8  sensitivity unit                  9  curve points n (0, 2..64)
    /// 10 nominal mΩ (int32)      14 sensitivity 0.01 dB (int32)
    /// 18 name length, ASCII name; then source length, ASCII source
    /// then n × { frequency mHz int32, |Z| mΩ int32, phase 0.01° int16 }
    /// last 4 bytes: CRC-32 (IEEE) of everything before it
    /// </code>
    /// At most 18 + 1 + 32 + 1 + 96 + 64·10 + 4 = <see cref="MaxRecordLength"/> bytes.
    /// </summary>
    public static class IemRecordCodec
    {
        /// <summary>Format version written and accepted.</summary>
        public const byte Version = 1;

        /// <summary>Largest record, bytes.</summary>
        public const int MaxRecordLength = 792;

        private const int HeaderLength = 18;
        private const int PointLength = 10;

        /// <summary>The record of a profile. Throws ArgumentException when the profile is invalid.</summary>
        public static byte[] ToBytes(IemProfile profile)
        {
            string error = profile == null ? "no profile" : profile.Validate();
            if (error != null)
            {
                throw new System.ArgumentException(error);
            }

            int n = profile.CurveCount;
            int length = HeaderLength + 1 + profile.Name.Length + 1 + profile.Source.Length + (n * PointLength) + 4;
            byte[] data = new byte[length];
            data[0] = (byte)'I';
            data[1] = (byte)'E';
            data[2] = (byte)'M';
            data[3] = (byte)'R';
            data[4] = (byte)(length & 0xFF);
            data[5] = (byte)(length >> 8);
            data[6] = Version;
            data[7] = (byte)profile.Origin;
            data[8] = (byte)profile.SensitivityUnit;
            data[9] = (byte)n;
            WriteInt32(data, 10, profile.NominalMilliOhms);
            WriteInt32(data, 14, profile.SensitivityCentiDb);
            int at = WriteText(data, HeaderLength, profile.Name);
            at = WriteText(data, at, profile.Source);
            for (int i = 0; i < n; i++)
            {
                WriteInt32(data, at, profile.FrequencyMilliHertz[i]);
                WriteInt32(data, at + 4, profile.MagnitudeMilliOhms[i]);
                int phase = profile.PhaseCentiDegrees[i];
                data[at + 8] = (byte)(phase & 0xFF);
                data[at + 9] = (byte)((phase >> 8) & 0xFF);
                at += PointLength;
            }

            WriteInt32(data, at, (int)Crc32.Compute(data, 0, at));
            return data;
        }

        /// <summary>
        /// Length of the record starting at <paramref name="offset"/> as its header states it, or -1
        /// when fewer than 6 bytes remain or the magic is wrong. Lets a reader walk concatenated records.
        /// </summary>
        public static int PeekLength(byte[] data, int offset, int count)
        {
            if (data == null || offset < 0 || count < 6 || offset + count > data.Length)
            {
                return -1;
            }

            if (data[offset] != 'I' || data[offset + 1] != 'E' || data[offset + 2] != 'M' || data[offset + 3] != 'R')
            {
                return -1;
            }

            return data[offset + 4] | (data[offset + 5] << 8);
        }

        /// <summary>
        /// Decodes one record of exactly <paramref name="count"/> bytes. Returns null and a reason
        /// in <paramref name="error"/> for a bad magic, version, length, CRC or an invalid profile.
        /// </summary>
        public static IemProfile FromBytes(byte[] data, int offset, int count, out string error)
        {
            error = Check(data, offset, count);
            if (error != null)
            {
                return null;
            }

            IemProfile p = new IemProfile();
            p.Origin = (IemOrigin)data[offset + 7];
            p.SensitivityUnit = (SensitivityUnit)data[offset + 8];
            int n = data[offset + 9];
            p.NominalMilliOhms = ReadInt32(data, offset + 10);
            p.SensitivityCentiDb = ReadInt32(data, offset + 14);
            int at = offset + HeaderLength;
            int end = offset + count - 4;
            p.Name = ReadText(data, ref at, end);
            p.Source = ReadText(data, ref at, end);
            if (p.Name == null || p.Source == null || at + (n * PointLength) != end)
            {
                error = "record fields do not fit its length";
                return null;
            }

            p.FrequencyMilliHertz = new int[n];
            p.MagnitudeMilliOhms = new int[n];
            p.PhaseCentiDegrees = new int[n];
            for (int i = 0; i < n; i++)
            {
                p.FrequencyMilliHertz[i] = ReadInt32(data, at);
                p.MagnitudeMilliOhms[i] = ReadInt32(data, at + 4);
                p.PhaseCentiDegrees[i] = (short)(data[at + 8] | (data[at + 9] << 8));
                at += PointLength;
            }

            if ((int)p.Origin > 2 || (int)p.SensitivityUnit > 2)
            {
                error = "unknown origin or sensitivity unit";
                return null;
            }

            error = p.Validate();
            return error == null ? p : null;
        }

        private static string Check(byte[] data, int offset, int count)
        {
            int stated = PeekLength(data, offset, count);
            if (stated < 0)
            {
                return "not an IEM record (magic)";
            }

            if (stated != count || count < HeaderLength + 2 + 4 || count > MaxRecordLength)
            {
                return "record length mismatch";
            }

            if (data[offset + 6] != Version)
            {
                return "unsupported record version " + data[offset + 6].ToString();
            }

            uint stored = (uint)ReadInt32(data, offset + count - 4);
            if (stored != Crc32.Compute(data, offset, count - 4))
            {
                return "record CRC mismatch";
            }

            return null;
        }

        private static int WriteText(byte[] data, int at, string text)
        {
            data[at] = (byte)text.Length;
            for (int i = 0; i < text.Length; i++)
            {
                data[at + 1 + i] = (byte)text[i];
            }

            return at + 1 + text.Length;
        }

        private static string ReadText(byte[] data, ref int at, int end)
        {
            if (at >= end)
            {
                return null;
            }

            int length = data[at];
            if (at + 1 + length > end)
            {
                return null;
            }

            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)data[at + 1 + i];
            }

            at += 1 + length;
            return new string(chars);
        }

        private static void WriteInt32(byte[] data, int at, int value)
        {
            data[at] = (byte)(value & 0xFF);
            data[at + 1] = (byte)((value >> 8) & 0xFF);
            data[at + 2] = (byte)((value >> 16) & 0xFF);
            data[at + 3] = (byte)((value >> 24) & 0xFF);
        }

        private static int ReadInt32(byte[] data, int at)
        {
            return data[at] | (data[at + 1] << 8) | (data[at + 2] << 16) | (data[at + 3] << 24);
        }
    }
}
