using ImpedanceMeter.Core.Dsp;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// The spot frequencies. Lock-step (<see cref="Default"/>): set by the sine-table length N; one step
    /// costs a DAC write plus an ADC read (≈ 265–300 µs managed, DESIGN.md §3), so N = 96/48/24/12 gives
    /// roughly 35–39, 70–79, 139–157 and 278–314 Hz, placed between the harmonics of 50 and 60 Hz mains
    /// hum (a 59 Hz tone from N = 64 sat on the hum and read NotIdle in the simulator); the achieved
    /// frequency is measured by the clock on every capture. Stream (<see cref="Stream"/>): set exactly by
    /// the record length S, the tone periods per record C and the stream's sample interval.
    /// </summary>
    public sealed class SpotFrequencyPlan
    {
        /// <summary>Samples per recorded period: the lock-step's table lengths N (descending), the stream's record length S; ascending frequency.</summary>
        public readonly int[] Steps;

        /// <summary>Index into <see cref="Steps"/> of the default spot frequency (quick verdict).</summary>
        public readonly int DefaultIndex;

        /// <summary>ADC samples per loaded or unloaded capture (whole periods: SamplesPerCapture/N).</summary>
        public readonly int SamplesPerCapture;

        /// <summary>
        /// ADC samples of an unloaded reference capture. The lock-step: <see cref="SamplesPerCapture"/>. The stream: shorter,
        /// because its magnitude is re-measured by the matched capture (<see cref="MatchedMagnitude"/>) and only its phase,
        /// at the full tone's signal-to-noise ratio, is used.
        /// </summary>
        public readonly int ReferenceSamples;

        /// <summary>
        /// Settling after a fixture change without a tone (re)start, µs; 0 = the front end's <see cref="FrontEndConstants.SettleMicroseconds"/>
        /// (60 ms, the lock-step, and every stream capture that starts the tone). The stream: 30 ms (at 15 ms the low-Z phase
        /// showed the transient; with 30 ms after tone starts too, 1 % of 0.05–0.1 Ω readings at 98 Hz left the ADC window:
        /// docs/measurement.md §5.5).
        /// </summary>
        public int SettleMicroseconds;

        /// <summary>Assumed cost of one lock-step (DAC write + ADC read), µs, until a capture measures it.</summary>
        public const int NominalStepMicroseconds = 300;

        /// <summary>
        /// Stream plans only (0 for the lock-step): interval between stream samples, µs. <see cref="Steps"/> is then the
        /// record length S and the tone frequency exactly C·10^6/(S·SampleMicroseconds) Hz (C = <see cref="Cycles"/>).
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
        /// <param name="steps">Samples per record: the lock-step's DAC steps per tone period (multiples of 4 up to 96) or the stream's record length; (steps, cycles) distinct; ascending frequency.</param>
        /// <param name="cycles">Tone periods per recorded period, per spot frequency.</param>
        /// <param name="defaultIndex">Index of the default spot frequency.</param>
        /// <param name="samplesPerCapture">Samples per capture; for a stream plan a multiple of every record length.</param>
        /// <param name="sampleMicroseconds">Stream sample interval, µs; 0 for the lock-step.</param>
        public SpotFrequencyPlan(int[] steps, int[] cycles, int defaultIndex, int samplesPerCapture, int sampleMicroseconds)
            : this(steps, cycles, defaultIndex, samplesPerCapture, sampleMicroseconds, samplesPerCapture)
        {
        }

        /// <summary>As the plan constructor above, with <paramref name="referenceSamples"/> samples per unloaded reference capture (whole records).</summary>
        public SpotFrequencyPlan(int[] steps, int[] cycles, int defaultIndex, int samplesPerCapture, int sampleMicroseconds, int referenceSamples)
        {
            for (int i = 0; i < steps.Length; i++)
            {
                // Stream: the tone period S·Ts/C must be whole µs (IToneGenerator), the captures whole records.
                bool wrong = sampleMicroseconds > 0
                    && ((((long)steps[i] * sampleMicroseconds) % cycles[i]) != 0 || (samplesPerCapture % steps[i]) != 0 || (referenceSamples % steps[i]) != 0);
                if (cycles[i] < 1 || wrong)
                {
                    throw new System.ArgumentException("plan entry " + i.ToString() + ": tone period not whole µs or capture not whole records");
                }
            }

            Steps = steps;
            Cycles = cycles;
            DefaultIndex = defaultIndex;
            SamplesPerCapture = samplesPerCapture;
            ReferenceSamples = referenceSamples;
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
        /// The stream plan (scheme c): 8 kHz stream (125 µs), records of S = 82 samples (10.25 ms) holding C = 1, 2, 5, 10
        /// tone periods, so the tones are exactly 97.56, 195.1, 487.8 and 975.6 Hz (a decade, crystal-defined, tone periods
        /// 10 250/5 125/2 050/1 025 µs) and each is sampled at 82 or 41 distinct phases (an integer 8 samples per period at
        /// 1 kHz visited only 8 ADC codes per period and read 0.6–0.9 % p95 there: docs/measurement.md §5.5). None is a
        /// harmonic of 50 or 60 Hz. Loaded and matched captures 1476 samples (18 records, 0.185 s), unloaded phase references
        /// 820 (10 records, 0.1 s); default 195 Hz.
        /// </summary>
        public static SpotFrequencyPlan Stream()
        {
            int[] steps = new int[4];
            int[] cycles = new int[4];
            for (int i = 0; i < 4; i++)
            {
                steps[i] = 82;
            }

            cycles[0] = 1;
            cycles[1] = 2;
            cycles[2] = 5;
            cycles[3] = 10;
            SpotFrequencyPlan plan = new SpotFrequencyPlan(steps, cycles, 1, 1476, 125, 820);
            plan.SettleMicroseconds = 30000;
            return plan;
        }

        /// <summary>Samples of one recorded period at spot frequency <paramref name="index"/> (= Steps).</summary>
        public int RecordSamples(int index)
        {
            return Steps[index];
        }

        /// <summary>Stream plans: the tone period at spot frequency <paramref name="index"/>, µs (S·Ts/C, whole by construction).</summary>
        public int TonePeriodMicroseconds(int index)
        {
            return (Steps[index] * SampleMicroseconds) / Cycles[index];
        }

        /// <summary>
        /// Ticks of a PWM tone generator's divided clock in one tone period at spot frequency <paramref name="index"/>
        /// (<see cref="PwmToneLevels.PeriodTicks"/> for <see cref="StreamToneLevels"/> levels on a clock of
        /// <paramref name="ticksPerMicrosecond"/>); 0 for the lock-step or a generator whose levels are exact.
        /// </summary>
        public long ToneTicks(int index, int ticksPerMicrosecond)
        {
            return IsStream ? PwmToneLevels.PeriodTicks(TonePeriodMicroseconds(index), StreamToneLevels, ticksPerMicrosecond) : 0;
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
                long f = (1000000000L * Cycles[i]) / (step * Steps[i]);
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
