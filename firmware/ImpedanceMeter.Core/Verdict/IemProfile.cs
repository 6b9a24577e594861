namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// One IEM as the verdict engine sees it: a name, the nominal impedance at 1 kHz, an optional
    /// sensitivity and an optional impedance curve of up to <see cref="MaxCurvePoints"/> points
    /// (frequency, |Z|, phase) sorted by strictly increasing frequency. Between points the engine
    /// interpolates |Z| and phase linearly in log-frequency (<see cref="IemImpedance"/>).
    /// </summary>
    public sealed class IemProfile
    {
        /// <summary>Most curve points a profile (and its stored record) may hold.</summary>
        public const int MaxCurvePoints = 64;

        /// <summary>Longest name, in characters (printable ASCII, no '|').</summary>
        public const int MaxNameLength = 32;

        /// <summary>Longest source/citation text, in characters (printable ASCII, no '|').</summary>
        public const int MaxSourceLength = 96;

        /// <summary>Largest accepted |Z|, mΩ (1 MΩ): far above any headphone.</summary>
        public const int MaxMagnitudeMilliOhms = 1000000000;

        /// <summary>Largest accepted curve frequency, mHz (1 MHz).</summary>
        public const int MaxFrequencyMilliHertz = 1000000000;

        /// <summary>Largest accepted |phase|, centidegrees (±90°: a passive load).</summary>
        public const int MaxPhaseCentiDegrees = 9000;

        /// <summary>Display name, unique in a library (case-insensitive).</summary>
        public string Name = string.Empty;

        /// <summary>Nominal |Z| at 1 kHz, mΩ (&gt; 0). For curves it should equal the curve at 1 kHz.</summary>
        public int NominalMilliOhms;

        /// <summary>Sensitivity, 0.01 dB SPL per <see cref="SensitivityUnit"/>; ignored when the unit is None.</summary>
        public int SensitivityCentiDb;

        /// <summary>What the sensitivity is quoted against; <see cref="SensitivityUnit.None"/> if unknown.</summary>
        public SensitivityUnit SensitivityUnit;

        /// <summary>Where the numbers come from (measurement, model, manufacturer spec).</summary>
        public IemOrigin Origin;

        /// <summary>Citation or model description, printable ASCII, may be empty.</summary>
        public string Source = string.Empty;

        /// <summary>Curve frequencies, mHz, strictly increasing; empty for a nominal-only profile.</summary>
        public int[] FrequencyMilliHertz = new int[0];

        /// <summary>Curve |Z|, mΩ (&gt; 0), one per frequency.</summary>
        public int[] MagnitudeMilliOhms = new int[0];

        /// <summary>Curve phase, centidegrees (0.01°), in [-9000, 9000], one per frequency.</summary>
        public int[] PhaseCentiDegrees = new int[0];

        /// <summary>True when the profile has an impedance curve (at least two points).</summary>
        public bool HasCurve
        {
            get { return FrequencyMilliHertz != null && FrequencyMilliHertz.Length >= 2; }
        }

        /// <summary>Number of curve points (0 for nominal-only).</summary>
        public int CurveCount
        {
            get { return FrequencyMilliHertz == null ? 0 : FrequencyMilliHertz.Length; }
        }

        /// <summary>
        /// Checks every rule above; returns null when the profile is valid, otherwise a short
        /// English reason ("curve frequencies not increasing at point 5").
        /// </summary>
        public string Validate()
        {
            string textError = CheckText(Name, MaxNameLength, "name", false);
            if (textError != null)
            {
                return textError;
            }

            textError = CheckText(Source, MaxSourceLength, "source", true);
            if (textError != null)
            {
                return textError;
            }

            if (NominalMilliOhms <= 0 || NominalMilliOhms > MaxMagnitudeMilliOhms)
            {
                return "nominal impedance must be > 0 and <= 1 MOhm";
            }

            if (FrequencyMilliHertz == null || MagnitudeMilliOhms == null || PhaseCentiDegrees == null)
            {
                return "curve arrays missing";
            }

            int n = FrequencyMilliHertz.Length;
            if (MagnitudeMilliOhms.Length != n || PhaseCentiDegrees.Length != n)
            {
                return "curve arrays differ in length";
            }

            if (n == 1 || n > MaxCurvePoints)
            {
                return "curve must have 0 or 2.." + MaxCurvePoints.ToString() + " points";
            }

            for (int i = 0; i < n; i++)
            {
                string problem = CheckPoint(i);
                if (problem != null)
                {
                    // The message is built only on failure: no per-point allocation for a good profile.
                    return problem + " at point " + (i + 1).ToString();
                }
            }

            return null;
        }

        /// <summary>True for the characters a name or source may hold: printable ASCII except '|'.</summary>
        public static bool IsAllowedChar(char c)
        {
            return c >= ' ' && c <= '~' && c != '|';
        }

        private string CheckPoint(int i)
        {
            if (FrequencyMilliHertz[i] <= 0 || FrequencyMilliHertz[i] > MaxFrequencyMilliHertz)
            {
                return "frequency out of range";
            }

            if (i > 0 && FrequencyMilliHertz[i] <= FrequencyMilliHertz[i - 1])
            {
                return "frequencies not strictly increasing";
            }

            if (MagnitudeMilliOhms[i] <= 0 || MagnitudeMilliOhms[i] > MaxMagnitudeMilliOhms)
            {
                return "|Z| must be > 0 and <= 1 MOhm";
            }

            if (PhaseCentiDegrees[i] < -MaxPhaseCentiDegrees || PhaseCentiDegrees[i] > MaxPhaseCentiDegrees)
            {
                return "phase outside -90..90 degrees";
            }

            return null;
        }

        private static string CheckText(string text, int maxLength, string what, bool mayBeEmpty)
        {
            if (text == null || (!mayBeEmpty && text.Trim().Length == 0))
            {
                return what + " is empty";
            }

            if (text.Length > maxLength)
            {
                return what + " longer than " + maxLength.ToString() + " characters";
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (!IsAllowedChar(text[i]))
                {
                    return what + " has a character that is not printable ASCII or is '|'";
                }
            }

            return null;
        }
    }
}
