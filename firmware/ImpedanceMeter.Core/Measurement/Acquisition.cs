using ImpedanceMeter.Core.Dsp;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// The lock-step acquisition (scheme a): for each step k of an N-step table, write the tone
    /// DAC code, read the ADC once, and accumulate code·cos_k and code·sin_k (Q14) in ints per
    /// period (|Σ| &lt; 2^31 for N ≤ 96, see <see cref="SyncDetector"/>). The clock is read once per
    /// period; the dither DAC is set once, before the settle periods, and never written inside a
    /// capture: a DAC2 write costs as much as a tone step, and once per period it stretched one step
    /// of every period, which distorts the staircase and read capacitor-coupled sources up to 3 %
    /// wrong at N = 12 (docs/measurement.md §5.2). The loop is flat and allocates nothing.
    /// After the loop each period's sums are detrended (<see cref="Detrend"/>): a slow baseline, such as
    /// the tail of the 2200 µF loop's start transient (τ = 2200 µF·(Rs + Z), 22–400 ms), leaks into the
    /// whole-period sums through its slope; the slope is taken from the neighbouring periods' means.
    /// </summary>
    public sealed class Acquisition
    {
        private const int DitherMidCode = 128;

        private readonly IToneOutput _tone;
        private readonly ISampler _sampler;
        private readonly IDitherOutput _dither;
        private readonly IClock _clock;
        private readonly int[] _periodSums;

        /// <summary>Default room for period sums: a 2048-sample capture at N = 12, plus the last settle period.</summary>
        public const int DefaultMaxPeriods = 256;

        /// <summary>Creates the acquisition over the ports, for captures of up to <see cref="DefaultMaxPeriods"/> − 1 periods.</summary>
        public Acquisition(IToneOutput tone, ISampler sampler, IDitherOutput dither, IClock clock)
            : this(tone, sampler, dither, clock, DefaultMaxPeriods - 1)
        {
        }

        /// <summary>Creates the acquisition over the ports, for captures of up to <paramref name="maxPeriods"/> periods.</summary>
        public Acquisition(IToneOutput tone, ISampler sampler, IDitherOutput dither, IClock clock, int maxPeriods)
        {
            _tone = tone;
            _sampler = sampler;
            _dither = dither;
            _clock = clock;
            _periodSums = new int[maxPeriods + 1];
        }

        /// <summary>
        /// Runs <paramref name="settlePeriods"/> discarded periods, then fills the periods reserved
        /// for <paramref name="header"/> in <paramref name="store"/> (the header says tone on/off and dither).
        /// </summary>
        public void Run(CaptureStore store, CaptureHeader header, SineTable table, int settlePeriods)
        {
            int steps = table.Steps;
            byte[] dac = table.DacCodes;
            short[] cos = table.CosQ14;
            short[] sin = table.SinQ14;
            int[] outCos = store.PeriodCos;
            int[] outSin = store.PeriodSin;
            int[] outMicros = store.PeriodMicros;
            IToneOutput tone = _tone;
            ISampler sampler = _sampler;
            bool toneOn = header.ToneOn;
            int mid = dac[0];
            long sumCodes = 0;
            long sumSquares = 0;
            int min = int.MaxValue;
            int max = int.MinValue;
            int first = header.FirstPeriod;
            int total = header.Periods;
            int[] sums = _periodSums;
            if (total + 1 > sums.Length)
            {
                throw new System.ArgumentException("capture longer than the acquisition's period room");
            }

            _dither.Write(DitherMidCode);
            long start = _clock.Microseconds;
            for (int p = -settlePeriods; p < total; p++)
            {
                int ic = 0;
                int qs = 0;
                int periodSum = 0;
                long periodSquares = 0;
                for (int k = 0; k < steps; k++)
                {
                    tone.Write(toneOn ? dac[k] : mid);
                    int x = sampler.Read();
                    ic += x * cos[k];
                    qs += x * sin[k];
                    periodSum += x;
                    periodSquares += x * x;
                    if (x < min)
                    {
                        min = x;
                    }

                    if (x > max)
                    {
                        max = x;
                    }
                }

                long now = _clock.Microseconds;
                if (p >= -1)
                {
                    sums[p + 1] = periodSum;
                }

                if (p >= 0)
                {
                    outCos[first + p] = ic;
                    outSin[first + p] = qs;
                    outMicros[first + p] = (int)(now - start);
                    sumCodes += periodSum;
                    sumSquares += periodSquares;
                }
                else
                {
                    min = int.MaxValue;
                    max = int.MinValue;
                }

                start = now;
            }

            header.SumCodes = sumCodes;
            header.SumSquares = sumSquares;
            header.MinCode = min;
            header.MaxCode = max;
            Detrend(outCos, outSin, first, total, sums, settlePeriods > 0, cos, sin);
        }

        /// <summary>
        /// Removes a linear baseline from each period's sums. With S_p the period's code sum, the
        /// baseline slope over period p is ΔS/(2N²) codes per step, ΔS = S_(p+1) − S_(p−1) (the last
        /// settle period stands in for S_(−1); the last period uses 2·(S_p − S_(p−1)); a single period
        /// without a settle period is left as it is). Its leak into the sums is
        /// I −= round(ΔS·Σk·cos_k / 2N²), Q −= round(ΔS·Σk·sin_k / 2N²) (k = 0…N−1, Q14 references;
        /// the constant part cancels because the references sum to zero). The tone itself adds nothing
        /// to S_p (whole periods). Pure; public so that tests and capture synthesisers use the same rule.
        /// </summary>
        /// <param name="outCos">Per-period Σ x·cos, detrended in place.</param>
        /// <param name="outSin">Per-period Σ x·sin, detrended in place.</param>
        /// <param name="first">Index of the capture's first period in the arrays.</param>
        /// <param name="total">Periods of the capture.</param>
        /// <param name="sums">Period code sums: [0] the last settle period, [p + 1] period p.</param>
        /// <param name="haveSettle">Whether sums[0] holds a settle period.</param>
        /// <param name="cos">Q14 cosine references (N entries).</param>
        /// <param name="sin">Q14 sine references (N entries).</param>
        public static void Detrend(int[] outCos, int[] outSin, int first, int total, int[] sums, bool haveSettle, short[] cos, short[] sin)
        {
            int steps = cos.Length;
            long kc = 0;
            long ks = 0;
            for (int k = 1; k < steps; k++)
            {
                kc += (long)k * cos[k];
                ks += (long)k * sin[k];
            }

            long den = 2L * steps * steps;
            int prev = haveSettle ? sums[0] : 0;
            for (int p = 0; p < total; p++)
            {
                int here = sums[p + 1];
                long delta;
                if (p + 1 < total && (p > 0 || haveSettle))
                {
                    delta = (long)sums[p + 2] - prev;
                }
                else if (p > 0 || haveSettle)
                {
                    delta = 2L * (here - prev);
                }
                else if (total > 1)
                {
                    delta = 2L * ((long)sums[p + 2] - here);
                }
                else
                {
                    delta = 0;
                }

                outCos[first + p] = FixedMath.SaturateToInt(outCos[first + p] - ScaledDivision.Divide(delta * kc, den, 0));
                outSin[first + p] = FixedMath.SaturateToInt(outSin[first + p] - ScaledDivision.Divide(delta * ks, den, 0));
                prev = here;
            }
        }
    }
}
