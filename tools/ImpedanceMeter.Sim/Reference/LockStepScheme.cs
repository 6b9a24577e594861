using System.Numerics;

namespace ImpedanceMeter.Sim.Reference;

/// <summary>
/// Scheme (a), double-precision reference: the lock-step DAC/ADC loop through the simulated ports.
/// </summary>
public static class LockStepScheme
{
    /// <summary>
    /// (a) Lock-step: per step write the table code, read one sample; whole periods; one clock
    /// read per period; periods stretched by a GC pause (&gt; 1.3× the median) are dropped.
    /// </summary>
    /// <param name="m">The simulated meter.</param>
    /// <param name="steps">DAC steps per period.</param>
    /// <param name="amplitude">Sine table amplitude, DAC codes peak.</param>
    /// <param name="seconds">Capture length, s.</param>
    /// <param name="dither">Triangular DAC2 dither over the capture.</param>
    /// <param name="corr">ADC correction table, or null.</param>
    /// <param name="pacedPeriodUs">
    /// When &gt; 0, step k of every period waits for its slot (period start + k·T/N) by polling
    /// the clock, so the staircase is uniform and its frequency is fixed by the crystal,
    /// identical in calibration and measurement.
    /// </param>
    public static Capture Capture(SimulatedMeter m, int steps, int amplitude, double seconds, bool dither, AdcCorrection? corr, long pacedPeriodUs = 0)
    {
        var table = Acquisitions.SineTable(steps, amplitude, m.Parameters.DacMidscaleCode);
        var clock = m.Clock;
        // One warm-up period: settles filters and measures the period length.
        long t0 = clock.Microseconds;
        for (int k = 0; k < steps; k++)
        {
            m.Tone.Write(table[k]);
            m.Sampler.Read();
        }

        long t1 = clock.Microseconds;
        int periods = Math.Max(2, (int)Math.Round(seconds * 1e6 / Math.Max(1, t1 - t0)));
        var codes = new double[periods * steps];
        var durations = new long[periods];
        int min = int.MaxValue, max = int.MinValue;
        long start = t1;
        long prev = t1;
        for (int p = 0; p < periods; p++)
        {
            if (dither)
            {
                m.Dither.Write(Acquisitions.DitherCode(p, periods));
            }

            for (int k = 0; k < steps; k++)
            {
                if (pacedPeriodUs > 0)
                {
                    long slot = prev + pacedPeriodUs * k / steps;
                    while (clock.Microseconds < slot)
                    {
                    }
                }

                m.Tone.Write(table[k]);
                int c = m.Sampler.Read();
                min = Math.Min(min, c);
                max = Math.Max(max, c);
                codes[p * steps + k] = corr != null ? corr.Apply(c) : c;
            }

            long now = clock.Microseconds;
            if (pacedPeriodUs > 0)
            {
                while (now - prev < pacedPeriodUs)
                {
                    now = clock.Microseconds;
                }

                // Overran the slot (GC pause): realign to the next slot boundary.
                if (now - prev > pacedPeriodUs + pacedPeriodUs / 4)
                {
                    long target = prev + (now - prev + pacedPeriodUs - 1) / pacedPeriodUs * pacedPeriodUs;
                    while (now < target)
                    {
                        now = clock.Microseconds;
                    }
                }
            }

            durations[p] = now - prev;
            prev = now;
        }

        if (dither)
        {
            m.Dither.Write(128);
        }

        var keep = Acquisitions.KeptPeriods(durations);
        var sorted = durations.OrderBy(d => d).ToArray();
        double median = sorted[sorted.Length / 2];
        Complex acc = 0;
        double naiveSq = 0;
        int kept = 0, dropped = 0;
        for (int p = 0; p < periods; p++)
        {
            if (!keep[p])
            {
                dropped++;
                continue;
            }

            double mean = 0;
            for (int k = 0; k < steps; k++)
            {
                mean += codes[p * steps + k];
            }

            mean /= steps;
            for (int k = 0; k < steps; k++)
            {
                double x = codes[p * steps + k];
                double th = 2 * Math.PI * k / steps;
                acc += new Complex(x * Math.Cos(th), -x * Math.Sin(th));
                naiveSq += (x - mean) * (x - mean);
            }

            kept++;
        }

        int n = kept * steps;
        return new Capture
        {
            Phasor = acc * (2.0 / n) * Complex.ImaginaryOne, // phase of a sine at step 0 = 0
            NaiveAmplitude = Math.Sqrt(2 * naiveSq / n),
            Samples = n,
            DroppedPeriods = dropped,
            FrequencyHz = pacedPeriodUs > 0 ? 1e6 / pacedPeriodUs : 1e6 / median,
            MinCode = min,
            MaxCode = max,
            DurationUs = prev - t0,
            NoiseCodesRms = Acquisitions.NoiseCodes(m),
        };
    }
}
