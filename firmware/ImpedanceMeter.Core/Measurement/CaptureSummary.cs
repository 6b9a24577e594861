namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// What a capture says once reduced by <see cref="CaptureReducer"/>: the tone phasor over the
    /// accepted periods, per-block phasors for consistency checks, the achieved frequency and the
    /// level statistics. Reused between captures (no allocation per capture).
    /// </summary>
    public sealed class CaptureSummary
    {
        /// <summary>Number of consistency blocks the accepted periods are split into.</summary>
        public const int BlockCount = 4;

        /// <summary>Tone phasor over the accepted periods, ADC codes peak in Q16 (real part).</summary>
        public int ReQ16;

        /// <summary>Tone phasor, imaginary part, codes Q16.</summary>
        public int ImQ16;

        /// <summary>Per-block phasors, real parts, codes Q16.</summary>
        public readonly int[] BlockReQ16 = new int[BlockCount];

        /// <summary>Per-block phasors, imaginary parts, codes Q16.</summary>
        public readonly int[] BlockImQ16 = new int[BlockCount];

        /// <summary>Blocks actually filled (fewer than <see cref="BlockCount"/> for very short captures).</summary>
        public int Blocks;

        /// <summary>Periods kept after rejecting those stretched by a GC pause or interrupt.</summary>
        public int AcceptedPeriods;

        /// <summary>Periods rejected.</summary>
        public int RejectedPeriods;

        /// <summary>Median period, µs.</summary>
        public int MedianPeriodMicros;

        /// <summary>Achieved tone frequency over the accepted periods, mHz.</summary>
        public int FrequencyMilliHertz;

        /// <summary>Mean ADC code over every recorded sample, Q8 (code·256).</summary>
        public int MeanCodeQ8;

        /// <summary>Variance of the recorded codes around their mean, codes², rounded down.</summary>
        public long VarianceCodes2;

        /// <summary>Smallest recorded code.</summary>
        public int MinCode;

        /// <summary>Largest recorded code.</summary>
        public int MaxCode;
    }
}
