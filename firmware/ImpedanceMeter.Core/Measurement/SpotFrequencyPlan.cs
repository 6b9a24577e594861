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

        /// <summary>
        /// Stream plans only (0 for the lock-step): interval between stream samples, µs. N is then the samples per
        /// tone period and the tone frequency is exactly 10^6/(N·SampleMicroseconds) Hz.
        /// </summary>
        public readonly int SampleMicroseconds;

        /// <summary>Tone periods per recorded period, per spot frequency (all 1 for the lock-step).</summary>
        public readonly int[] Cycles;

        /// <summary>Tone levels per period of the hardware-timed tone (stream plans; RMT items per loop, ≤ 511: DESIGN.md §3).</summary>
        public const int StreamToneLevels = 52;

        /// <summary>Creates a lock-step plan.</summary>
        /// <param name="steps">Table lengths, each a multiple of 4 up to 96, ascending frequency.</param>
        /// <param name="defaultIndex">Index of the default spot frequency.</param>
        /// <param name="samplesPerCapture">Samples per capture; a multiple of every N.</param>
        public SpotFrequencyPlan(int[] steps, int defaultIndex, int samplesPerCapture)
            : this(steps, Ones(steps.Length), defaultIndex, samplesPerCapture, 0)
        {
        }

        /// <summary>Creates a plan; a stream plan when <paramref name="sampleMicroseconds"/> &gt; 0.</summary>
        /// <param name="steps">Samples (stream) or DAC steps (lock-step) per tone period, multiples of 4 up to 96, distinct, ascending frequency.</param>
        /// <param name="cycles">Tone periods per recorded period, per spot frequency.</param>
        /// <param name="defaultIndex">Index of the default spot frequency.</param>
        /// <param name="samplesPerCapture">Samples per capture; a multiple of every N·cycles.</param>
        /// <param name="sampleMicroseconds">Stream sample interval, µs; 0 for the lock-step.</param>
        public SpotFrequencyPlan(int[] steps, int[] cycles, int defaultIndex, int samplesPerCapture, int sampleMicroseconds)
        {
            Steps = steps;
            Cycles = cycles;
            DefaultIndex = defaultIndex;
            SamplesPerCapture = samplesPerCapture;
            SampleMicroseconds = sampleMicroseconds;
        }

        /// <summary>Whether this is a stream plan (scheme c).</summary>
        public bool IsStream
        {
            get { return SampleMicroseconds > 0; }
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

        /// <summary>
        /// The stream plan (scheme c): 8 kHz stream (125 µs), N = 80, 40, 16, 8 samples per period, so the tones are
        /// exactly 100, 200, 500 and 1000 Hz (a decade, crystal-defined); records of 80 samples (1, 2, 5, 10 tone
        /// periods, 10 ms); 2400 samples (0.3 s: whole periods of 50 and 60 Hz hum) per capture; default 200 Hz.
        /// The tones are even harmonics of 50 Hz: hum at 100–1000 Hz would add to them (the simulator's hum has
        /// 50, 150 and 250 Hz only; docs/measurement.md §5.5).
        /// </summary>
        public static SpotFrequencyPlan Stream()
        {
            int[] steps = new int[4];
            int[] cycles = new int[4];
            steps[0] = 80;
            cycles[0] = 1;
            steps[1] = 40;
            cycles[1] = 2;
            steps[2] = 16;
            cycles[2] = 5;
            steps[3] = 8;
            cycles[3] = 10;
            return new SpotFrequencyPlan(steps, cycles, 1, 2400, 125);
        }

        /// <summary>Samples of one recorded period at spot frequency <paramref name="index"/> (N·cycles).</summary>
        public int RecordSamples(int index)
        {
            return Steps[index] * Cycles[index];
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

            long step = IsStream ? SampleMicroseconds : (stepMicroseconds > 0 ? stepMicroseconds : NominalStepMicroseconds);
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

        private static int[] Ones(int n)
        {
            int[] ones = new int[n];
            for (int i = 0; i < n; i++)
            {
                ones[i] = 1;
            }

            return ones;
        }

        private static long FixedMathAbs(long v)
        {
            return Dsp.FixedMath.Abs(v);
        }
    }
}
