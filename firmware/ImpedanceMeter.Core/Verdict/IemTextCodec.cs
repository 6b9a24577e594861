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
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return Crc32.Compute(bytes, 0, bytes.Length).ToString("X8");
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
            int lastBar = line.LastIndexOf('|');
            string[] f = line.Split(new char[] { '|' });
            if (f.Length != 9 || f[0] != Tag)
            {
                error = "not an IEM1 record (needs 9 '|'-separated fields)";
                return null;
            }

            if (Checksum(line.Substring(0, lastBar + 1)) != f[8].ToUpper())
            {
                error = "record CRC mismatch";
                return null;
            }

            IemProfile p = new IemProfile();
            p.Name = f[1];
            p.Source = f[6];
            long value;
            if (!ParseOrigin(f[2], ref p.Origin) || !ParseUnit(f[5], ref p.SensitivityUnit))
            {
                error = "unknown origin or sensitivity unit";
                return null;
            }

            if (!FixedFormat.TryParse(f[3], 3, out value) || value <= 0 || value > IemProfile.MaxMagnitudeMilliOhms)
            {
                error = "bad nominal impedance";
                return null;
            }

            p.NominalMilliOhms = (int)value;
            if (p.SensitivityUnit != SensitivityUnit.None)
            {
                if (!FixedFormat.TryParse(f[4], 2, out value) || value < 0 || value > 100000)
                {
                    error = "bad sensitivity";
                    return null;
                }

                p.SensitivityCentiDb = (int)value;
            }

            error = ParsePoints(f[7], p);
            if (error == null)
            {
                error = p.Validate();
            }

            return error == null ? p : null;
        }

        private static string ParsePoints(string text, IemProfile p)
        {
            if (text.Length == 0)
            {
                return null;
            }

            string[] points = text.Split(new char[] { ';' });
            if (points.Length > IemProfile.MaxCurvePoints)
            {
                return "more than " + IemProfile.MaxCurvePoints.ToString() + " curve points";
            }

            p.FrequencyMilliHertz = new int[points.Length];
            p.MagnitudeMilliOhms = new int[points.Length];
            p.PhaseCentiDegrees = new int[points.Length];
            for (int i = 0; i < points.Length; i++)
            {
                string[] v = points[i].Split(new char[] { ',' });
                long fm;
                long zm;
                long ph;
                if (v.Length != 3 || !FixedFormat.TryParse(v[0], 3, out fm) || !FixedFormat.TryParse(v[1], 3, out zm) || !FixedFormat.TryParse(v[2], 2, out ph)
                    || fm <= 0 || fm > IemProfile.MaxFrequencyMilliHertz || zm <= 0 || zm > IemProfile.MaxMagnitudeMilliOhms || ph < -9000 || ph > 9000)
                {
                    return "bad curve point " + (i + 1).ToString();
                }

                p.FrequencyMilliHertz[i] = (int)fm;
                p.MagnitudeMilliOhms[i] = (int)zm;
                p.PhaseCentiDegrees[i] = (int)ph;
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
