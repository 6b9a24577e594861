namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// The frequencies the verdict is evaluated at: the ISO R40 series (40 points per decade,
    /// ≈ 1/12 octave, finer than the required 1/6 octave) anchored at 1 kHz, from 10^(-68/40) kHz
    /// to 10^(52/40) kHz, with the two end points pinned to exactly 20 Hz and 20 kHz: 121 points,
    /// 1 kHz at index <see cref="ReferenceIndex"/>. Built with integers only, the same on every
    /// runtime.
    /// </summary>
    public static class LogFrequencyGrid
    {
        /// <summary>Points per decade.</summary>
        public const int PointsPerDecade = 40;

        /// <summary>Number of grid points.</summary>
        public const int Count = 121;

        /// <summary>Index of 1 kHz, the reference of every deviation.</summary>
        public const int ReferenceIndex = 68;

        /// <summary>1 kHz in mHz.</summary>
        public const int ReferenceMilliHertz = 1000000;

        /// <summary>Lowest grid frequency, mHz (20 Hz).</summary>
        public const int LowMilliHertz = 20000;

        /// <summary>Highest grid frequency, mHz (20 kHz).</summary>
        public const int HighMilliHertz = 20000000;

        /// <summary>10^(1/40) in Q30 = 1.0592537251772889·2^30 (rounded).</summary>
        private const long StepRatioQ30 = 1137365027L;

        /// <summary>
        /// A new array with the grid frequencies in mHz, increasing. Within a decade the ratio
        /// 10^(j/40) is built by repeated Q28 multiplication by 10^(1/40) (relative error
        /// &lt; 1e-7 after 39 steps); decades are exact powers of ten.
        /// </summary>
        public static int[] CreateMilliHertz()
        {
            long[] ratioQ28 = new long[PointsPerDecade];
            ratioQ28[0] = 1L << 28;
            for (int j = 1; j < PointsPerDecade; j++)
            {
                // ratio ≤ 9.5·2^28 (2^31.3) times 2^30.1 stays below 2^62.
                ratioQ28[j] = ((ratioQ28[j - 1] * StepRatioQ30) + (1L << 29)) >> 30;
            }

            int[] grid = new int[Count];
            for (int i = 0; i < Count; i++)
            {
                int k = i - ReferenceIndex;
                int decade = k >= 0 ? k / PointsPerDecade : -((-k + PointsPerDecade - 1) / PointsPerDecade);
                int j = k - (decade * PointsPerDecade);
                long baseMilliHertz = ReferenceMilliHertz;
                for (int d = 0; d < decade; d++)
                {
                    baseMilliHertz *= 10;
                }

                for (int d = 0; d > decade; d--)
                {
                    baseMilliHertz /= 10;
                }

                grid[i] = (int)(((baseMilliHertz * ratioQ28[j]) + (1L << 27)) >> 28);
            }

            grid[0] = LowMilliHertz;
            grid[Count - 1] = HighMilliHertz;
            return grid;
        }
    }
}
