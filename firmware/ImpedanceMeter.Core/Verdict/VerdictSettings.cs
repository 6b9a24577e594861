namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// Thresholds of the verdict, user-adjustable. Defaults (docs/verdict.md): peak-to-peak
    /// deviation ≤ 0.5 dB is transparent, ≤ 1 dB minor, above that audible; the community 1:8
    /// rule compares min|Z|/|Zout| with 8.
    /// </summary>
    public sealed class VerdictSettings
    {
        /// <summary>Default transparent limit, mdB (0.5 dB).</summary>
        public const int DefaultTransparentMaxMilliDb = 500;

        /// <summary>Default minor limit, mdB (1 dB).</summary>
        public const int DefaultMinorMaxMilliDb = 1000;

        /// <summary>Default ratio of the rule, in thousandths (8.000 for 1:8).</summary>
        public const int DefaultRuleRatioMilli = 8000;

        /// <summary>Largest peak-to-peak deviation still called transparent, mdB (0.001 dB).</summary>
        public int TransparentMaxMilliDb = DefaultTransparentMaxMilliDb;

        /// <summary>Largest peak-to-peak deviation still called minor, mdB; must be ≥ the transparent limit.</summary>
        public int MinorMaxMilliDb = DefaultMinorMaxMilliDb;

        /// <summary>min|Z|/|Zout| needed to pass the ratio rule, thousandths (8000 = 1:8).</summary>
        public int RuleRatioMilli = DefaultRuleRatioMilli;

        /// <summary>Null when the settings are usable, else a reason.</summary>
        public string Validate()
        {
            if (TransparentMaxMilliDb < 0)
            {
                return "transparent threshold must be >= 0 dB";
            }

            if (MinorMaxMilliDb < TransparentMaxMilliDb)
            {
                return "minor threshold must be >= transparent threshold";
            }

            if (RuleRatioMilli <= 0)
            {
                return "rule ratio must be > 0";
            }

            return null;
        }

        /// <summary>The verdict for a peak-to-peak deviation in mdB.</summary>
        public VerdictKind Classify(int peakToPeakMilliDb)
        {
            if (peakToPeakMilliDb <= TransparentMaxMilliDb)
            {
                return VerdictKind.Transparent;
            }

            return peakToPeakMilliDb <= MinorMaxMilliDb ? VerdictKind.Minor : VerdictKind.Audible;
        }
    }
}
