using ImpedanceMeter.Core.Dsp;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Bring-up check of scheme (c)'s clock assumptions (docs/measurement.md §3, risks 4–5), on the generator alone:
    /// <see cref="Captures"/> consecutive unloaded captures of one stream session at the top tone (975.6 Hz, range 0,
    /// gain 0, full tone). If the RMT and the I2S clocks keep their exact ratio, every capture has the same phase; a
    /// rate error of ε drifts it by 360°·f·ε per second (10 ppm: 3.5°/s). If the stream's samples are not at the
    /// interval the references assume (the I2S sample mapping), the tone falls off the demodulated frequency and
    /// its fundamental carries almost none of the signal's variance. Results in integers; no allocation per run.
    /// </summary>
    public sealed class StreamClockCheck
    {
        /// <summary>Captures per run: 8 × 18 records ≈ 1.9 s of device time with the settling between them.</summary>
        public const int Captures = 8;

        /// <summary>
        /// Largest acceptable phase drift, m°/s: a point's unloaded reference and its loaded capture are at most
        /// ≈ 0.5 s apart, so 100 m°/s moves a phase by ≤ 0.05°, a tenth of the ±0.5° target. On paper the drift is 0
        /// (both clocks divide the same PLL exactly).
        /// </summary>
        public const int MaxDriftMilliDegreesPerSecond = 100;

        /// <summary>
        /// Smallest acceptable share of the signal's AC variance in the demodulated fundamental, ppm: a clean tone at
        /// the assumed frequency gives > 999 000 (3 LSB of noise on ≈ 1100 codes of amplitude, harmonics &lt; 0.1 %).
        /// </summary>
        public const int MinCoherencePpm = 990000;

        private readonly long[] _timeMicros = new long[Captures];
        private readonly int[] _phaseMicroDegrees = new int[Captures];
        private readonly long[] _unwrapped = new long[Captures];
        private readonly CaptureSummary _summary = new CaptureSummary();

        /// <summary>How the last run ended: Ok, Aborted (samples lost between captures, or not a stream engine), OverRange.</summary>
        public MeasurementStatus Status;

        /// <summary>Phase drift of the tone against the stream, m°/s (least squares over the captures).</summary>
        public int DriftMilliDegreesPerSecond;

        /// <summary>Smallest share of a capture's AC variance in its demodulated fundamental, ppm.</summary>
        public int CoherencePpm;

        /// <summary>Tone amplitude at the ADC in the last capture, codes.</summary>
        public int AmplitudeCodes;

        /// <summary>Whether the last run completed and both figures are within their limits.</summary>
        public bool Passed
        {
            get
            {
                int drift = DriftMilliDegreesPerSecond < 0 ? -DriftMilliDegreesPerSecond : DriftMilliDegreesPerSecond;
                return Status == MeasurementStatus.Ok && drift <= MaxDriftMilliDegreesPerSecond && CoherencePpm >= MinCoherencePpm;
            }
        }

        /// <summary>Takes the captures through <paramref name="runner"/> (a stream runner) and evaluates them; returns <see cref="Status"/>.</summary>
        public MeasurementStatus Run(CaptureRunner runner, CaptureReducer reducer, CaptureStore store, SpotFrequencyPlan plan, FrontEndConstants fe, IClock clock)
        {
            DriftMilliDegreesPerSecond = 0;
            CoherencePpm = 0;
            AmplitudeCodes = 0;
            Status = plan.IsStream && runner.IsStream ? Acquire(runner, reducer, store, plan, fe, clock) : MeasurementStatus.Aborted;
            runner.Safe();
            if (Status == MeasurementStatus.Ok)
            {
                DriftMilliDegreesPerSecond = Drift(_timeMicros, _phaseMicroDegrees, _unwrapped, Captures);
            }

            return Status;
        }

        private MeasurementStatus Acquire(CaptureRunner runner, CaptureReducer reducer, CaptureStore store, SpotFrequencyPlan plan, FrontEndConstants fe, IClock clock)
        {
            int top = plan.Count - 1;
            int session = -1;
            int coherence = int.MaxValue;
            // The capture's middle lies half its sample span before the runner returns.
            long halfSpan = ((long)plan.SamplesPerCapture * plan.SampleMicroseconds) / 2;
            for (int c = 0; c < Captures; c++)
            {
                store.Clear();
                int index = runner.Take(store, CaptureRole.Unloaded, 0, 0, 0, top, plan.SamplesPerCapture);
                long end = clock.Microseconds;
                if (index < 0 || (session >= 0 && store.Headers[index].Session != session))
                {
                    return MeasurementStatus.Aborted;
                }

                session = store.Headers[index].Session;
                reducer.Reduce(store, index, _summary);
                if (CaptureGuards.OutsideWindow(_summary, fe))
                {
                    return MeasurementStatus.OverRange;
                }

                _timeMicros[c] = end - halfSpan;
                _phaseMicroDegrees[c] = PhaseMath.AngleMicroDegrees(_summary.ReQ16, _summary.ImQ16);
                int ppm = Coherence(_summary);
                coherence = ppm < coherence ? ppm : coherence;
                AmplitudeCodes = (int)(ComplexMath.Magnitude(_summary.ReQ16, _summary.ImQ16) >> 16);
            }

            CoherencePpm = coherence;
            return MeasurementStatus.Ok;
        }

        /// <summary>(|X|²/2) / variance of a capture, ppm (|X| the fundamental's peak amplitude): 10^6 for a pure tone.</summary>
        public static int Coherence(CaptureSummary s)
        {
            if (s.VarianceCodes2 <= 0)
            {
                return 0;
            }

            long magnitudeQ16 = ComplexMath.Magnitude(s.ReQ16, s.ImQ16);
            // |X|² in Q32 codes² (< 2^62 for |X| < 2^15 codes), halved; over the variance in codes² → Q20 after dropping 12 bits.
            long halfSquareQ32 = (magnitudeQ16 * magnitudeQ16) >> 1;
            long ratioQ20 = ScaledDivision.Divide(halfSquareQ32 >> 12, s.VarianceCodes2, 0);
            return (int)((ratioQ20 * 1000000 + (1 << 19)) >> 20);
        }

        /// <summary>
        /// Least-squares slope of the unwrapped phases (µ°) against the times (µs) of <paramref name="count"/> captures,
        /// in m°/s. Each phase step is taken into ±180° before it is added; <paramref name="phases"/> receives the unwrapped phases.
        /// </summary>
        public static int Drift(long[] timeMicros, int[] phaseMicroDegrees, long[] phases, int count)
        {
            long meanTime = 0;
            long meanPhase = 0;
            long unwrapped = phaseMicroDegrees[0];
            for (int c = 0; c < count; c++)
            {
                if (c > 0)
                {
                    long step = (long)phaseMicroDegrees[c] - phaseMicroDegrees[c - 1];
                    step = step > 180000000 ? step - 360000000 : (step < -180000000 ? step + 360000000 : step);
                    unwrapped += step;
                }

                phases[c] = unwrapped;
                meanTime += timeMicros[c];
                meanPhase += unwrapped;
            }

            meanTime /= count;
            meanPhase /= count;
            long num = 0;
            long den = 0;
            for (int c = 0; c < count; c++)
            {
                long dt = timeMicros[c] - meanTime;
                num += dt * (phases[c] - meanPhase);
                den += dt * dt;
            }

            if (den == 0)
            {
                return 0;
            }

            // µ°/µs = °/s; in Q10, then to m°/s. |num| < 2^56 (8 captures, 2 s, phases within 8 × 180°).
            long degreesPerSecondQ10 = ScaledDivision.Divide(num, den, 10);
            return (int)(((degreesPerSecondQ10 * 1000) + (degreesPerSecondQ10 >= 0 ? 512 : -512)) / 1024);
        }
    }
}
