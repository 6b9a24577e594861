using ImpedanceMeter.Core.Storage;
using ImpedanceMeter.Core.Text;

namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// The one-line text form of an <see cref="IemProfile"/>, for the serial protocol and the
    /// PC's user library (docs/verdict.md, "Text record"), printable ASCII, '|'-separated:
    /// <code>
    /// IEM1|name|origin|nominal Ω|sensitivity dB|unit|source|f Hz,|Z| Ω,phase °;…|CRC-32 hex
    /// IEM1|model-1dd|model|32.000||none|Re 32 Ohm …|17.783,32.004,0.94;…|1A2B3C4D
    /// </code>
    /// origin is measurement|model|manufacturer-spec; unit none|mw|v (sensitivity empty when
    /// none); Ω with 3 decimals (mΩ exact), Hz with 3 (mHz), degrees and dB with 2. The CRC-32
    /// (8 upper-case hex digits) covers every character before the last '|'.
    /// </summary>
    public static class IemTextCodec
    {
        /// <summary>First field of every text record.</summary>
        public const string Tag = "IEM1";

        /// <summary>The text record of a valid profile (throws ArgumentException otherwise).</summary>
        public static string ToText(IemProfile profile)
        {
            string error = profile == null ? "no profile" : profile.Validate();
            if (error != null)
            {
                throw new System.ArgumentException(error);
            }

            // String concatenation, not StringBuilder: the core references mscorlib only.
            string body = Tag + "|" + profile.Name + "|" + VerdictNames.Of(profile.Origin) + "|" + FixedFormat.Format(profile.NominalMilliOhms, 3, 3) + "|";
            if (profile.SensitivityUnit != SensitivityUnit.None)
            {
                body = body + FixedFormat.Format(profile.SensitivityCentiDb, 2, 2);
            }

            body = body + "|" + UnitName(profile.SensitivityUnit) + "|" + profile.Source + "|";
            string points = string.Empty;
            for (int i = 0; i < profile.CurveCount; i++)
            {
                string point = FixedFormat.Format(profile.FrequencyMilliHertz[i], 3, 3) + "," + FixedFormat.Format(profile.MagnitudeMilliOhms[i], 3, 3) + "," + FixedFormat.Format(profile.PhaseCentiDegrees[i], 2, 2);
                points = i == 0 ? point : points + ";" + point;
            }

            body = body + points + "|";
            return body + Checksum(body);
        }

        /// <summary>CRC-32 of the characters of <paramref name="text"/> taken as bytes (ASCII), 8 upper-case hex digits.</summary>
        public static string Checksum(string text)
        {
            return Checksum(text, text.Length);
        }

        /// <summary>
        /// <see cref="Checksum(string)"/> of the first <paramref name="length"/> characters, fed to the
        /// CRC through a small chunk buffer (heap: no copy of the text).
        /// </summary>
        public static string Checksum(string text, int length)
        {
            byte[] chunk = new byte[64];
            uint crc = Crc32.Start;
            int n = 0;
            for (int i = 0; i < length; i++)
            {
                chunk[n++] = (byte)text[i];
                if (n == chunk.Length)
                {
                    crc = Crc32.Update(crc, chunk, 0, n);
                    n = 0;
                }
            }

            return Crc32.Finish(Crc32.Update(crc, chunk, 0, n)).ToString("X8");
        }

        /// <summary>
        /// Parses a text record (surrounding white space ignored). Returns null with a reason in
        /// <paramref name="error"/> when a field is missing or malformed, the CRC differs, or the
        /// profile is invalid.
        /// </summary>
        public static IemProfile FromText(string line, out string error)
        {
            error = null;
            if (line == null)
            {
                error = "empty record";
                return null;
            }

            line = line.Trim();
            // Field boundaries by position (heap: no Split or Substring copy of the long curve field).
            int[] bar = new int[FieldCount - 1];
            int bars = 0;
            for (int at = line.IndexOf('|'); at >= 0; at = line.IndexOf('|', at + 1))
            {
                if (bars < bar.Length)
                {
                    bar[bars] = at;
                }

                bars++;
            }

            if (bars != FieldCount - 1 || Field(line, bar, 0) != Tag)
            {
                error = "not an IEM1 record (needs 9 '|'-separated fields)";
                return null;
            }

            int lastBar = bar[FieldCount - 2];
            if (Checksum(line, lastBar + 1) != Field(line, bar, 8).ToUpper())
            {
                error = "record CRC mismatch";
                return null;
            }

            IemProfile p = new IemProfile();
            p.Name = Field(line, bar, 1);
            p.Source = Field(line, bar, 6);
            long value;
            if (!ParseOrigin(Field(line, bar, 2), ref p.Origin) || !ParseUnit(Field(line, bar, 5), ref p.SensitivityUnit))
            {
                error = "unknown origin or sensitivity unit";
                return null;
            }

            if (!FixedFormat.TryParse(line, bar[2] + 1, bar[3], 3, out value) || value <= 0 || value > IemProfile.MaxMagnitudeMilliOhms)
            {
                error = "bad nominal impedance";
                return null;
            }

            p.NominalMilliOhms = (int)value;
            if (p.SensitivityUnit != SensitivityUnit.None)
            {
                if (!FixedFormat.TryParse(line, bar[3] + 1, bar[4], 2, out value) || value < 0 || value > 100000)
                {
                    error = "bad sensitivity";
                    return null;
                }

                p.SensitivityCentiDb = (int)value;
            }

            error = ParsePoints(line, bar[6] + 1, bar[7], p);
            if (error == null)
            {
                error = p.Validate();
            }

            return error == null ? p : null;
        }

        private const int FieldCount = 9;

        /// <summary>Field <paramref name="k"/> (0–8) of a record whose 8 separators are at <paramref name="bar"/>.</summary>
        private static string Field(string line, int[] bar, int k)
        {
            int start = k == 0 ? 0 : bar[k - 1] + 1;
            int end = k == FieldCount - 1 ? line.Length : bar[k];
            return line.Substring(start, end - start);
        }

        /// <summary>Parses the ';'-separated "f,|Z|,phase" points in [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="line"/>.</summary>
        private static string ParsePoints(string line, int start, int end, IemProfile p)
        {
            if (end == start)
            {
                return null;
            }

            int count = 1;
            for (int at = line.IndexOf(';', start, end - start); at >= 0; at = line.IndexOf(';', at + 1, end - at - 1))
            {
                count++;
            }

            if (count > IemProfile.MaxCurvePoints)
            {
                return "more than " + IemProfile.MaxCurvePoints.ToString() + " curve points";
            }

            p.FrequencyMilliHertz = new int[count];
            p.MagnitudeMilliOhms = new int[count];
            p.PhaseCentiDegrees = new int[count];
            int from = start;
            for (int i = 0; i < count; i++)
            {
                int to = i == count - 1 ? end : line.IndexOf(';', from, end - from);
                int c1 = line.IndexOf(',', from, to - from);
                int c2 = c1 < 0 ? -1 : line.IndexOf(',', c1 + 1, to - c1 - 1);
                int c3 = c2 < 0 ? -1 : line.IndexOf(',', c2 + 1, to - c2 - 1);
                long fm;
                long zm;
                long ph;
                if (c1 < 0 || c2 < 0 || c3 >= 0 || !FixedFormat.TryParse(line, from, c1, 3, out fm) || !FixedFormat.TryParse(line, c1 + 1, c2, 3, out zm) || !FixedFormat.TryParse(line, c2 + 1, to, 2, out ph)
                    || fm <= 0 || fm > IemProfile.MaxFrequencyMilliHertz || zm <= 0 || zm > IemProfile.MaxMagnitudeMilliOhms || ph < -9000 || ph > 9000)
                {
                    return "bad curve point " + (i + 1).ToString();
                }

                p.FrequencyMilliHertz[i] = (int)fm;
                p.MagnitudeMilliOhms[i] = (int)zm;
                p.PhaseCentiDegrees[i] = (int)ph;
                from = to + 1;
            }

            return null;
        }

        private static string UnitName(SensitivityUnit unit)
        {
            return unit == SensitivityUnit.DbSplPerMilliwatt ? "mw" : unit == SensitivityUnit.DbSplPerVolt ? "v" : "none";
        }

        private static bool ParseUnit(string text, ref SensitivityUnit unit)
        {
            for (int u = 0; u <= 2; u++)
            {
                if (UnitName((SensitivityUnit)u) == text)
                {
                    unit = (SensitivityUnit)u;
                    return true;
                }
            }

            return false;
        }

        private static bool ParseOrigin(string text, ref IemOrigin origin)
        {
            for (int o = 0; o <= 2; o++)
            {
                if (VerdictNames.Of((IemOrigin)o) == text)
                {
                    origin = (IemOrigin)o;
                    return true;
                }
            }

            return false;
        }
    }
}
