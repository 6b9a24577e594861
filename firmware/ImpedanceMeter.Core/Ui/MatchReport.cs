namespace ImpedanceMeter.Core.Ui
{
    /// <summary>
    /// How a measured source suits the selected IEM, as the Result and Curve screens show it.
    /// Filled in place by the analyser (one instance, reused).
    /// </summary>
    public sealed class MatchReport
    {
        /// <summary>|Z_iem| / |Zout| × 100 at 1 kHz for the worst leg (800 = the 1:8 rule's limit).</summary>
        public int RatioX100;

        /// <summary>Peak-to-peak predicted deviation over 20 Hz–20 kHz, milli-dB.</summary>
        public int DeviationMilliDb;

        /// <summary>Frequency of the largest deviation from the 1 kHz level, Hz.</summary>
        public int WorstFrequencyHz;

        /// <summary>The verdict against the threshold settings.</summary>
        public VerdictLevel Verdict;

        /// <summary>True when the IEM has only a nominal impedance: the verdict is the ratio alone.</summary>
        public bool NominalOnly;

        /// <summary>True when the deviation comes from the fitted model rather than measured points.</summary>
        public bool FromModel;

        /// <summary>Deviation relative to 1 kHz at each <see cref="CurveBands"/> frequency, milli-dB.</summary>
        public readonly int[] CurveMilliDb = new int[CurveBands.Count];

        /// <summary>Clears the report to "no verdict".</summary>
        public void Clear()
        {
            RatioX100 = 0;
            DeviationMilliDb = 0;
            WorstFrequencyHz = 0;
            Verdict = VerdictLevel.None;
            NominalOnly = false;
            FromModel = false;
            for (int i = 0; i < CurveMilliDb.Length; i++)
            {
                CurveMilliDb[i] = 0;
            }
        }
    }
}
