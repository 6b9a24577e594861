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
    /// </summary>
    public sealed class Acquisition
    {
        private const int DitherMidCode = 128;

        private readonly IToneOutput _tone;
        private readonly ISampler _sampler;
        private readonly IDitherOutput _dither;
        private readonly IClock _clock;

        /// <summary>Creates the acquisition over the ports.</summary>
        public Acquisition(IToneOutput tone, ISampler sampler, IDitherOutput dither, IClock clock)
        {
            _tone = tone;
            _sampler = sampler;
            _dither = dither;
            _clock = clock;
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
        }
    }
}
