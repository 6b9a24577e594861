using ImpedanceMeter.Core.Dsp;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Reduces a stored capture to a <see cref="CaptureSummary"/>: rejects periods much longer
    /// than the median (a GC pause or interrupt stretched one DAC step, so the period's tone is
    /// distorted) and those starting within <see cref="AfterStallMicros"/> after one, sums the rest, and derives phasors, frequency and level statistics.
    /// Pure integer code shared by the device and the PC analyser (bit-exact).
    /// </summary>
    public sealed class CaptureReducer
    {
        /// <summary>
        /// Periods starting within this time after a stalled period are dropped too, µs: the stall's held
        /// DAC step leaves a transient in the high-pass and coupling capacitors (simulator finding E2, ~50 ms).
        /// </summary>
        public const int AfterStallMicros = 50000;

        private readonly int[] _scratch;

        /// <summary>Creates a reducer for captures of up to <paramref name="maxPeriods"/> periods.</summary>
        public CaptureReducer(int maxPeriods)
        {
            _scratch = new int[maxPeriods];
        }

        /// <summary>
        /// Acceptance limit for a period duration, µs: median + max(median/64, 6·MAD)
        /// (MAD = median absolute deviation: 6·MAD ≈ 4σ of the loop's jitter).
        /// </summary>
        public int AcceptLimitMicros(CaptureStore store, CaptureHeader h, out int median)
        {
            int n = h.Periods;
            System.Array.Copy(store.PeriodMicros, h.FirstPeriod, _scratch, 0, n);
            median = MedianInPlace(_scratch, n);
            for (int i = 0; i < n; i++)
            {
                int d = store.PeriodMicros[h.FirstPeriod + i] - median;
                _scratch[i] = d < 0 ? -d : d;
            }

            int mad = MedianInPlace(_scratch, n);
            int spread = 6 * mad;
            int floor = median / 64;
            return median + (spread > floor ? spread : floor);
        }

        /// <summary>Reduces capture <paramref name="index"/> of <paramref name="store"/> into <paramref name="summary"/>.</summary>
        public void Reduce(CaptureStore store, int index, CaptureSummary summary)
        {
            CaptureHeader h = store.Headers[index];
            int median;
            int limit = AcceptLimitMicros(store, h, out median);
            int accepted = 0;
            long quietUntil = 0;
            long elapsed = 0;
            for (int i = 0; i < h.Periods; i++)
            {
                if (Accept(store.PeriodMicros[h.FirstPeriod + i], limit, ref elapsed, ref quietUntil))
                {
                    accepted++;
                }
            }

            int blocks = accepted < CaptureSummary.BlockCount ? accepted : CaptureSummary.BlockCount;
            long sumCos = 0;
            long sumSin = 0;
            long micros = 0;
            long blockCos = 0;
            long blockSin = 0;
            int seen = 0;
            int block = 0;
            int inBlock = 0;
            quietUntil = 0;
            elapsed = 0;
            for (int i = 0; i < h.Periods; i++)
            {
                // Same decisions as the counting pass (heap: recomputed rather than kept per period).
                int p = h.FirstPeriod + i;
                if (!Accept(store.PeriodMicros[p], limit, ref elapsed, ref quietUntil))
                {
                    continue;
                }

                sumCos += store.PeriodCos[p];
                sumSin += store.PeriodSin[p];
                micros += store.PeriodMicros[p];
                blockCos += store.PeriodCos[p];
                blockSin += store.PeriodSin[p];
                seen++;
                inBlock++;
                // Block b holds accepted periods [b·accepted/blocks, (b+1)·accepted/blocks).
                if (blocks > 0 && seen == ((block + 1) * accepted) / blocks)
                {
                    SyncDetector.PhasorQ16(blockCos, blockSin, inBlock * h.SamplesPerPeriod, out summary.BlockReQ16[block], out summary.BlockImQ16[block]);
                    block++;
                    blockCos = 0;
                    blockSin = 0;
                    inBlock = 0;
                }
            }

            summary.Blocks = blocks;
            summary.AcceptedPeriods = accepted;
            summary.RejectedPeriods = h.Periods - accepted;
            summary.MedianPeriodMicros = median;
            if (accepted > 0)
            {
                SyncDetector.PhasorQ16(sumCos, sumSin, accepted * h.SamplesPerPeriod, out summary.ReQ16, out summary.ImQ16);
                summary.FrequencyMilliHertz = micros > 0 ? (int)(((1000000000L * accepted * h.Cycles) + (micros / 2)) / micros) : 0;
            }
            else
            {
                summary.ReQ16 = 0;
                summary.ImQ16 = 0;
                summary.FrequencyMilliHertz = 0;
            }

            long samples = h.Samples;
            if (samples > 0)
            {
                summary.MeanCodeQ8 = (int)((h.SumCodes * 256) / samples);
                // n·Σx² − (Σx)² over n²: n ≤ 2^16 and Σx² ≤ 2^40 keep both products below 2^63.
                summary.VarianceCodes2 = ((samples * h.SumSquares) - (h.SumCodes * h.SumCodes)) / (samples * samples);
            }
            else
            {
                summary.MeanCodeQ8 = 0;
                summary.VarianceCodes2 = 0;
            }

            summary.MinCode = h.MinCode;
            summary.MaxCode = h.MaxCode;
        }

        /// <summary>
        /// Whether a period of <paramref name="duration"/> µs is kept: not stalled (≤ <paramref name="limit"/>)
        /// and not within <see cref="AfterStallMicros"/> after a stalled one. Advances the running time.
        /// </summary>
        private static bool Accept(int duration, int limit, ref long elapsed, ref long quietUntil)
        {
            bool stalled = duration > limit;
            bool ok = !stalled && elapsed >= quietUntil;
            elapsed += duration;
            if (stalled)
            {
                // The held DAC step charged the coupling capacitors: skip what follows for a while too.
                quietUntil = elapsed + AfterStallMicros;
            }

            return ok;
        }

        /// <summary>Median of the first <paramref name="n"/> values (upper median for even n); sorts them in place (insertion sort, n ≤ a few hundred).</summary>
        public static int MedianInPlace(int[] values, int n)
        {
            if (n <= 0)
            {
                return 0;
            }

            for (int i = 1; i < n; i++)
            {
                int v = values[i];
                int j = i - 1;
                while (j >= 0 && values[j] > v)
                {
                    values[j + 1] = values[j];
                    j--;
                }

                values[j + 1] = v;
            }

            return values[n / 2];
        }
    }
}
