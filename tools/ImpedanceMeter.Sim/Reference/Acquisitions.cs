using System.Numerics;

namespace ImpedanceMeter.Sim.Reference;

/// <summary>
/// Double-precision reference acquisitions for the three schemes, driven through the simulated
/// ports (lock-step) or the simulator's hardware-timed paths (DMA stream, RMT tone). They are
/// the yardstick for the scheme comparison; the device engine is the core's integer code.
/// </summary>
public static class Acquisitions
{
    /// <summary>Periods starting within this time after a stalled period are dropped too, µs (≈ the 53 ms sense high-pass time constant).</summary>
    public const long GcRecoveryUs = 50_000;

    /// <summary>Mid-scale plus <paramref name="amplitude"/>·sin(2πk/N), rounded: the N-step DAC sine table.</summary>
    public static int[] SineTable(int steps, int amplitude, int mid = 128)
    {
        var t = new int[steps];
        for (int k = 0; k < steps; k++)
        {
            t[k] = mid + (int)Math.Round(amplitude * Math.Sin(2 * Math.PI * k / steps));
        }

        return t;
    }

    /// <summary>Dither code for period p of P: a triangle over the whole capture spanning the DAC2 range.</summary>
    public static int DitherCode(int p, int periods)
    {
        if (periods <= 1)
        {
            return 128;
        }

        double x = (p + 0.5) / periods;
        double tri = 1 - 2 * Math.Abs(2 * x - 1); // −1..1..−1
        return Math.Clamp(128 + (int)Math.Round(127 * tri), 0, 255);
    }

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
    public static Capture LockStep(SimulatedMeter m, int steps, int amplitude, double seconds, bool dither, AdcCorrection? corr, long pacedPeriodUs = 0)
    {
        var table = SineTable(steps, amplitude, m.Parameters.DacMidscaleCode);
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
                m.Dither.Write(DitherCode(p, periods));
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

        var sorted = durations.OrderBy(d => d).ToArray();
        double median = sorted[sorted.Length / 2];
        Complex acc = 0;
        double naiveSq = 0;
        int kept = 0, dropped = 0;
        long quietUntil = long.MinValue;
        long t = 0;
        for (int p = 0; p < periods; p++)
        {
            t += durations[p];
            if (durations[p] > 1.2 * median)
            {
                // A stall (GC pause) held the DAC: its transient in the slow poles (sense
                // high-pass, coupling capacitor) spoils the following periods too.
                quietUntil = t + GcRecoveryUs;
            }

            if (durations[p] > 1.2 * median || t - durations[p] < quietUntil)
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
            NoiseCodesRms = NoiseCodes(m),
        };
    }

    /// <summary>White noise per sample at the ADC, codes rms (ADC noise and analog noise).</summary>
    public static double NoiseCodes(SimulatedMeter m)
    {
        double analog = m.AnalogNoiseVrms / m.Parameters.AdcVoltsPerCode;
        return Math.Sqrt(m.Instrument.Adc.NoiseLsb * m.Instrument.Adc.NoiseLsb + analog * analog);
    }

    /// <summary>
    /// (c) Hardware-timed tone (RMT loop, <paramref name="toneSteps"/> levels per period, exact
    /// timing) sampled by a continuous I2S DMA stream every <paramref name="sampleUs"/> µs on the
    /// same crystal. The tone phase origin is <paramref name="toneOriginUs"/>, shared by every
    /// capture of a measurement, so phasors of different captures are comparable.
    /// </summary>
    public static Capture RmtStream(SimulatedMeter m, int periodUs, int toneSteps, int sampleUs, int amplitude, double seconds, long toneOriginUs, bool dither, AdcCorrection? corr)
    {
        var table = SineTable(toneSteps, amplitude, m.Parameters.DacMidscaleCode);
        int samplesPerPeriod = periodUs / sampleUs;
        int periods = Math.Max(2, (int)Math.Round(seconds * 1e6 / periodUs));
        // Start at the next whole tone period after 1 period of settling.
        long now = m.NowUs;
        long k0 = (now - toneOriginUs) / periodUs + 2;
        long start = toneOriginUs + k0 * periodUs;
        RunRmtUntil(m, table, periodUs, toneOriginUs, start);
        Complex acc = 0;
        double naiveSq = 0;
        int min = int.MaxValue, max = int.MinValue;
        var buf = new double[samplesPerPeriod];
        for (int p = 0; p < periods; p++)
        {
            if (dither)
            {
                m.Dither.SetNow(DitherCode(p, periods));
            }

            double mean = 0;
            for (int s = 0; s < samplesPerPeriod; s++)
            {
                long ts = start + (long)p * periodUs + (long)s * sampleUs;
                RunRmtUntil(m, table, periodUs, toneOriginUs, ts);
                int c = m.SampleNow();
                min = Math.Min(min, c);
                max = Math.Max(max, c);
                buf[s] = corr != null ? corr.Apply(c) : c;
                mean += buf[s];
                double th = 2 * Math.PI * (ts - toneOriginUs) / periodUs;
                acc += new Complex(buf[s] * Math.Cos(th), -buf[s] * Math.Sin(th));
            }

            mean /= samplesPerPeriod;
            for (int s = 0; s < samplesPerPeriod; s++)
            {
                naiveSq += (buf[s] - mean) * (buf[s] - mean);
            }
        }

        if (dither)
        {
            m.Dither.SetNow(128);
        }

        int n = periods * samplesPerPeriod;
        return new Capture
        {
            Phasor = acc * (2.0 / n) * Complex.ImaginaryOne,
            NaiveAmplitude = Math.Sqrt(2 * naiveSq / n),
            Samples = n,
            FrequencyHz = 1e6 / periodUs,
            MinCode = min,
            MaxCode = max,
            DurationUs = m.NowUs - now,
            NoiseCodesRms = NoiseCodes(m),
        };
    }

    /// <summary>Advances time to <paramref name="untilUs"/> while the RMT tone steps through its table at exact instants.</summary>
    public static void RunRmtUntil(SimulatedMeter m, int[] table, int periodUs, long originUs, long untilUs)
    {
        int n = table.Length;
        while (m.NowUs < untilUs)
        {
            long phase = ((m.NowUs - originUs) % periodUs + periodUs) % periodUs;
            int step = (int)(phase * n / periodUs);
            m.SetToneCode(table[step]);
            long nextStepPhase = ((long)(step + 1) * periodUs + n - 1) / n;
            long next = m.NowUs + (nextStepPhase - phase);
            m.AdvanceTo(Math.Min(untilUs, Math.Max(next, m.NowUs + 1)));
        }

        long ph = ((m.NowUs - originUs) % periodUs + periodUs) % periodUs;
        m.SetToneCode(table[(int)(ph * n / periodUs)]);
    }

    /// <summary>
    /// (b) Managed DAC loop (no ADC reads in the loop) with an I2S DMA stream every
    /// <paramref name="sampleUs"/> µs; the loop drains the DMA buffer every ~100 ms (1 ms stall).
    /// No common phase reference: magnitude per 2-period block by a 3-parameter sine fit at the
    /// frequency the loop measured with its clock, blocks touched by a stretched period dropped.
    /// </summary>
    public static Capture ManagedLoopDma(SimulatedMeter m, int steps, int sampleUs, int amplitude, double seconds, bool dither, AdcCorrection? corr)
    {
        var table = SineTable(steps, amplitude, m.Parameters.DacMidscaleCode);
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
                    m.Dither.SetNow(DitherCode(period, totalPeriodsEstimate));
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
            NoiseCodesRms = NoiseCodes(m),
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
