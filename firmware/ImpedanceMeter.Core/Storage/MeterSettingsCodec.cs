using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Ui;

namespace ImpedanceMeter.Core.Storage
{
    /// <summary>
    /// Settings payload (version 1, little-endian): transparent mdB (u16), minor mdB (u16),
    /// tone plan (u8), units (u8), selected IEM (i16), jack (u8), calibration max age days (u16).
    /// 11 bytes. Out-of-range values are rejected as a whole, so a bad payload never yields
    /// half-valid settings.
    /// </summary>
    public static class MeterSettingsCodec
    {
        /// <summary>Record type id of settings in <see cref="RecordStore"/>.</summary>
        public const byte RecordType = 3;

        /// <summary>Payload layout version this code writes and reads.</summary>
        public const byte Version = 1;

        /// <summary>Payload length, bytes.</summary>
        public const int Length = 11;

        /// <summary>Writes the payload into <paramref name="buffer"/> from <paramref name="offset"/>; returns its length.</summary>
        public static int Encode(MeterSettings s, byte[] buffer, int offset)
        {
            WriteU16(buffer, offset, s.TransparentMilliDb);
            WriteU16(buffer, offset + 2, s.MinorMilliDb);
            buffer[offset + 4] = (byte)s.TonePlan;
            buffer[offset + 5] = (byte)s.Units;
            WriteU16(buffer, offset + 6, s.SelectedIem & 0xFFFF);
            buffer[offset + 8] = (byte)s.Jack;
            WriteU16(buffer, offset + 9, s.CalibrationMaxAgeDays);
            return Length;
        }

        /// <summary>Reads a payload; returns false (and leaves <paramref name="into"/> alone) if any field is out of range.</summary>
        public static bool Decode(byte[] buffer, int offset, int length, MeterSettings into)
        {
            if (length != Length)
            {
                return false;
            }

            int transparent = ReadU16(buffer, offset);
            int minor = ReadU16(buffer, offset + 2);
            int plan = buffer[offset + 4];
            int units = buffer[offset + 5];
            int iem = (short)ReadU16(buffer, offset + 6);
            int jack = buffer[offset + 8];
            int maxAge = ReadU16(buffer, offset + 9);
            bool ok = transparent >= 100 && transparent <= 3000 && minor >= transparent && minor <= 6000
                && plan < MeterSettings.TonePlans.Length && units <= (int)UnitMode.MilliOhms
                && iem >= -1 && jack <= (int)JackType.Bal44 && maxAge >= 1 && maxAge <= 365;
            if (!ok)
            {
                return false;
            }

            into.TransparentMilliDb = transparent;
            into.MinorMilliDb = minor;
            into.TonePlan = plan;
            into.Units = (UnitMode)units;
            into.SelectedIem = iem;
            into.Jack = (JackType)jack;
            into.CalibrationMaxAgeDays = maxAge;
            return true;
        }

        private static void WriteU16(byte[] b, int o, int v)
        {
            b[o] = (byte)v;
            b[o + 1] = (byte)(v >> 8);
        }

        private static int ReadU16(byte[] b, int o)
        {
            return b[o] | (b[o + 1] << 8);
        }
    }
}
