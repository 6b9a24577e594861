namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// The spot frequencies, set by the sine-table length N: in the lock-step loop one step costs
    /// a DAC write plus an ADC read (≈ 265–300 µs managed, DESIGN.md §3), so N = 96/48/24/12 gives
    /// roughly 35–39, 70–79, 139–157 and 278–314 Hz: a decade, placed between the harmonics of
    /// 50 and 60 Hz mains hum (a 59 Hz tone from N = 64 sat on the hum and read NotIdle in the
    /// simulator). The achieved frequency is measured by the clock on every capture.
    /// </summary>
    public sealed class SpotFrequencyPlan
    {
        /// <summary>Table lengths N, ascending frequency (descending N).</summary>
        public readonly int[] Steps;

        /// <summary>Index into <see cref="Steps"/> of the default spot frequency (quick verdict).</summary>
        public readonly int DefaultIndex;

        /// <summary>ADC samples per loaded or unloaded capture (whole periods: SamplesPerCapture/N).</summary>
        public readonly int SamplesPerCapture;

        /// <summary>Assumed cost of one lock-step (DAC write + ADC read), µs, until a capture measures it.</summary>
        public const int NominalStepMicroseconds = 300;

        /// <summary>Creates a plan.</summary>
        /// <param name="steps">Table lengths, each a multiple of 4 up to 96, ascending frequency.</param>
        /// <param name="defaultIndex">Index of the default spot frequency.</param>
        /// <param name="samplesPerCapture">Samples per capture; a multiple of every N.</param>
        public SpotFrequencyPlan(int[] steps, int defaultIndex, int samplesPerCapture)
        {
            Steps = steps;
            DefaultIndex = defaultIndex;
            SamplesPerCapture = samplesPerCapture;
        }

        /// <summary>N = 96, 48, 24, 12; default N = 24 (≈ 150 Hz); 1024 samples (≈ 0.3 s) per capture, whole periods.</summary>
        public static SpotFrequencyPlan Default()
        {
            int[] steps = new int[4];
            steps[0] = 96;
            steps[1] = 48;
            steps[2] = 24;
            steps[3] = 12;
            return new SpotFrequencyPlan(steps, 2, 1024);
        }

        /// <summary>Number of spot frequencies.</summary>
        public int Count
        {
            get { return Steps.Length; }
        }

        /// <summary>Index of the table length equal to <paramref name="steps"/>, or −1.</summary>
        public int IndexOfSteps(int steps)
        {
            for (int i = 0; i < Steps.Length; i++)
            {
                if (Steps[i] == steps)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// The plan entry nearest to a requested frequency (mHz; 0 = default), judged by the
        /// measured step time (µs; 0 = <see cref="NominalStepMicroseconds"/>).
        /// </summary>
        public int IndexNearest(int frequencyMilliHertz, int stepMicroseconds)
        {
            if (frequencyMilliHertz <= 0)
            {
                return DefaultIndex;
            }

            long step = stepMicroseconds > 0 ? stepMicroseconds : NominalStepMicroseconds;
            int best = DefaultIndex;
            long bestError = long.MaxValue;
            for (int i = 0; i < Steps.Length; i++)
            {
                long f = 1000000000L / (step * Steps[i]);
                long error = FixedMathAbs(f - frequencyMilliHertz);
                if (error < bestError)
                {
                    bestError = error;
                    best = i;
                }
            }

            return best;
        }

        private static long FixedMathAbs(long v)
        {
            return Dsp.FixedMath.Abs(v);
        }
    }
}
