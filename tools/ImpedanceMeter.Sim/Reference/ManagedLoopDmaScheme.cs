using System.Numerics;

namespace ImpedanceMeter.Sim.Reference;

/// <summary>
/// Scheme (b), double-precision reference: a managed DAC loop with an I2S DMA sample stream.
/// </summary>
public static class ManagedLoopDmaScheme
{
    /// <summary>
    /// (b) Managed DAC loop (no ADC reads in the loop) with an I2S DMA stream every
    /// <paramref name="sampleUs"/> µs; the loop drains the DMA buffer every ~100 ms (1 ms stall).
    /// No common phase reference: magnitude per 2-period block by a 3-parameter sine fit at the
    /// frequency the loop measured with its clock, blocks touched by a stretched period dropped.
    /// </summary>
    public static Capture Capture(SimulatedMeter m, int steps, int sampleUs, int amplitude, double seconds, bool dither, AdcCorrection? corr)
    {
        var table = Acquisitions.SineTable(steps, amplitude, m.Parameters.DacMidscaleCode);
        var p = m.Parameters;
        long t0 = m.NowUs;
        long end = t0 + (long)(seconds * 1e6);
        long nextSample = t0 + 2 * sampleUs;
        var times = new List<long>();
        var values = new List<double>();
        var periodStarts = new List<long>();
        int min = int.MaxValue, max = int.MinValue;
        long nextDrain = t0 + 100_000;
        int k = 0;
        int totalPeriodsEstimate = Math.Max(2, (int)(seconds * 1e6 / (steps * (m.Instrument.DacWriteUs + p.LoopOverheadUs))));
        int period = 0;
        while (m.NowUs < end)
        {
            if (k == 0)
            {
                periodStarts.Add(m.NowUs);
                if (dither)
                {
                    m.Dither.SetNow(Acquisitions.DitherCode(period, totalPeriodsEstimate));
                }

                period++;
            }

            long cost = m.CallCost(m.Instrument.DacWriteUs + p.LoopOverheadUs);
            if (m.NowUs >= nextDrain)
            {
                cost += 1000;
                nextDrain += 100_000;
            }

            long change = m.NowUs + (long)(cost * p.DacUpdateFraction);
            long callEnd = m.NowUs + cost;
            while (nextSample <= callEnd)
            {
                if (nextSample > change && m.NowUs <= change)
                {
                    m.AdvanceTo(change);
                    m.SetToneCode(table[k]);
                }

                m.AdvanceTo(nextSample);
                int c = m.SampleNow();
                min = Math.Min(min, c);
                max = Math.Max(max, c);
                times.Add(nextSample);
                values.Add(corr != null ? corr.Apply(c) : c);
                nextSample += sampleUs;
            }

            if (m.NowUs <= change)
            {
                m.AdvanceTo(change);
                m.SetToneCode(table[k]);
            }

            m.AdvanceTo(callEnd);
            k = (k + 1) % steps;
        }

        if (dither)
        {
            m.Dither.SetNow(128);
        }

        var durations = periodStarts.Zip(periodStarts.Skip(1), (a, b) => b - a).ToArray();
        double median = durations.OrderBy(d => d).ElementAt(durations.Length / 2);
        double fEst = (periodStarts.Count - 1) / ((periodStarts[^1] - periodStarts[0]) * 1e-6);
        var bad = new List<(long, long)>();
        for (int i = 0; i < durations.Length; i++)
        {
            if (durations[i] > 1.3 * median)
            {
                bad.Add((periodStarts[i], periodStarts[i + 1]));
            }
        }

        long blockUs = (long)(2 * 1e6 / fEst);
        double sumAmp = 0, naiveSq = 0;
        int blocks = 0, used = 0, dropped = 0;
        int idx = 0;
        while (idx < times.Count)
        {
            long bStart = times[idx];
            int j = idx;
            while (j < times.Count && times[j] < bStart + blockUs)
            {
                j++;
            }

            if (j - idx >= 8 && j < times.Count && !bad.Any(b => b.Item1 < times[j - 1] && b.Item2 > bStart))
            {
                sumAmp += SineFitAmplitude(times, values, idx, j, fEst, out double ms);
                naiveSq += ms * (j - idx);
                used += j - idx;
                blocks++;
            }
            else if (j < times.Count)
            {
                dropped++;
            }

            idx = j;
        }

        return new Capture
        {
            Phasor = blocks > 0 ? sumAmp / blocks : 0,
            NaiveAmplitude = used > 0 ? Math.Sqrt(2 * naiveSq / used) : 0,
            Samples = used,
            DroppedPeriods = dropped,
            FrequencyHz = fEst,
            MinCode = min,
            MaxCode = max,
            DurationUs = m.NowUs - t0,
            NoiseCodesRms = Acquisitions.NoiseCodes(m),
        };
    }

    private static double SineFitAmplitude(List<long> t, List<double> y, int from, int to, double hz, out double acMeanSquare)
    {
        // Least squares y ≈ a·cos + b·sin + c.
        double s11 = 0, s12 = 0, s13 = 0, s22 = 0, s23 = 0, s33 = 0, r1 = 0, r2 = 0, r3 = 0;
        double mean = 0;
        for (int i = from; i < to; i++)
        {
            mean += y[i];
        }

        mean /= to - from;
        acMeanSquare = 0;
        for (int i = from; i < to; i++)
        {
            double th = 2 * Math.PI * hz * (t[i] - t[from]) * 1e-6;
            double c = Math.Cos(th), s = Math.Sin(th);
            s11 += c * c; s12 += c * s; s13 += c; s22 += s * s; s23 += s; s33 += 1;
            r1 += c * y[i]; r2 += s * y[i]; r3 += y[i];
            acMeanSquare += (y[i] - mean) * (y[i] - mean);
        }

        acMeanSquare /= to - from;
        var a = new[,] { { s11, s12, s13 }, { s12, s22, s23 }, { s13, s23, s33 } };
        var r = new[] { r1, r2, r3 };
        var x = Solve3(a, r);
        return Math.Sqrt(x[0] * x[0] + x[1] * x[1]);
    }

    private static double[] Solve3(double[,] a, double[] r)
    {
        double det(double[,] m) =>
            m[0, 0] * (m[1, 1] * m[2, 2] - m[1, 2] * m[2, 1]) - m[0, 1] * (m[1, 0] * m[2, 2] - m[1, 2] * m[2, 0]) + m[0, 2] * (m[1, 0] * m[2, 1] - m[1, 1] * m[2, 0]);
        double d = det(a);
        var x = new double[3];
        for (int c = 0; c < 3; c++)
        {
            var m = (double[,])a.Clone();
            for (int i = 0; i < 3; i++)
            {
                m[i, c] = r[i];
            }

            x[c] = det(m) / d;
        }

        return x;
    }
}
