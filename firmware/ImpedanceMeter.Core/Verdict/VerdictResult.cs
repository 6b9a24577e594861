namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// Everything <see cref="DeviationEngine"/> predicts for one source/IEM pair. Deviation is
    /// 20·log10|H(f)| − 20·log10|H(1 kHz)| with H = Z/(Z + Zout), in mdB (0.001 dB), on the
    /// <see cref="LogFrequencyGrid"/>. For a nominal-only IEM the curve arrays are empty and
    /// <see cref="Kind"/> is <see cref="VerdictKind.RatioOnly"/>.
    /// </summary>
    public sealed class VerdictResult
    {
        /// <summary>Ratio value meaning "Zout is zero": the ratio is unbounded.</summary>
        public const int RatioUnbounded = int.MaxValue;

        /// <summary>The verdict.</summary>
        public VerdictKind Kind;

        /// <summary>True when a deviation curve was computed (the IEM has an impedance curve).</summary>
        public bool HasCurve;

        /// <summary>Grid frequencies, mHz (empty without a curve).</summary>
        public int[] FrequencyMilliHertz = new int[0];

        /// <summary>Deviation at each grid frequency relative to 1 kHz, mdB.</summary>
        public int[] DeviationMilliDb = new int[0];

        /// <summary>How Zout was obtained at each grid frequency (model, measured, interpolated, held).</summary>
        public ZoutOrigin[] ZoutOrigins = new ZoutOrigin[0];

        /// <summary>Highest deviation over 20 Hz–20 kHz, mdB (≥ 0: 1 kHz is 0).</summary>
        public int MaxMilliDb;

        /// <summary>Lowest deviation over 20 Hz–20 kHz, mdB (≤ 0).</summary>
        public int MinMilliDb;

        /// <summary>Peak-to-peak deviation, mdB (MaxMilliDb − MinMilliDb).</summary>
        public int PeakToPeakMilliDb;

        /// <summary>Grid frequency of the largest |deviation|, mHz (the lowest such frequency on ties).</summary>
        public int WorstFrequencyMilliHertz;

        /// <summary>The signed deviation at <see cref="WorstFrequencyMilliHertz"/>, mdB.</summary>
        public int WorstMilliDb;

        /// <summary>Damping ratio min over the grid of |Z(f)|/|Zout(f)|, thousandths; <see cref="RatioUnbounded"/> when Zout is 0.</summary>
        public int RatioMinMilli;

        /// <summary>Grid frequency where <see cref="RatioMinMilli"/> occurs, mHz.</summary>
        public int RatioMinFrequencyMilliHertz;

        /// <summary>Nominal |Z| over |Zout(1 kHz)|, thousandths; <see cref="RatioUnbounded"/> when Zout is 0.</summary>
        public int RatioNominalMilli;

        /// <summary>True when <see cref="RatioMinMilli"/> meets the ratio rule (1:8 by default).</summary>
        public bool PassesRatioRule;

        /// <summary>|Zout| at 1 kHz, µΩ.</summary>
        public long ZoutAtReferenceMicroOhms;

        /// <summary>Lowest |Z| of the IEM on the grid, µΩ (the nominal for a nominal-only IEM).</summary>
        public long IemMinMicroOhms;

        /// <summary>True when Zout came from a fitted model rather than measured points.</summary>
        public bool ZoutFromModel;

        /// <summary>False when the IEM curve does not span 20 Hz–20 kHz (its end values were held flat).</summary>
        public bool CurveCoversGrid;
    }
}
