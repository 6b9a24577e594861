using System.Numerics;

namespace ImpedanceMeter.Sim.Reference;

/// <summary>
/// Scheme (c), double-precision reference: an RMT-timed tone sampled by a continuous I2S DMA stream.
/// </summary>
public static class RmtStreamScheme
{
    /// <summary>
    /// (c) Hardware-timed tone (RMT loop, <paramref name="toneSteps"/> levels per period, exact
    /// timing) sampled by a continuous I2S DMA stream every <paramref name="sampleUs"/> µs on the
    /// same crystal. The tone phase origin is <paramref name="toneOriginUs"/>, shared by every
    /// capture of a measurement, so phasors of different captures are comparable.
    /// </summary>
    public static Capture Capture(SimulatedMeter m, int periodUs, int toneSteps, int sampleUs, int amplitude, double seconds, long toneOriginUs, bool dither, AdcCorrection? corr)
    {
        var table = Acquisitions.SineTable(toneSteps, amplitude, m.Parameters.DacMidscaleCode);
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
                m.Dither.SetNow(Acquisitions.DitherCode(p, periods));
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
            NoiseCodesRms = Acquisitions.NoiseCodes(m),
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
}
