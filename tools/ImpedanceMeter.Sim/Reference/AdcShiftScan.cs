using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Sim.Reference;

/// <summary>
/// The acquisition half of a per-unit ADC linearity calibration that this front end can do
/// without a linear reference: the shift method. On the open standard (unloaded, range 0, gain 0)
/// the lock-step tone (N = <see cref="Steps"/>) is captured at several amplitudes, each twice: with
/// the dither DAC (GPIO26, which offsets the ADC bias by ≈ 40 mV ≈ 50 codes) at code 0 and at
/// code 255. Every step's analog level is the same in both captures, so the mean codes differ by the
/// offset plus the INL difference over that offset: C(b) − C(a) = b − a − Δ, which
/// <see cref="AdcShiftSolver"/> solves for the correction C. The tone's own distortion cancels (both
/// captures see the same levels); only the offset has to be constant while it is held.
/// </summary>
public static class AdcShiftScan
{
    /// <summary>Tone steps per period: N = 96 gives 48 distinct levels per amplitude (≈ 41 Hz).</summary>
    public const int Steps = 96;

    /// <summary>Periods played before a capture is kept (coupling and bias settling, ≈ 200 ms).</summary>
    public const int WarmUpPeriods = 8;

    /// <summary>
    /// Runs the scan on <paramref name="m"/>, which must have the open standard (or nothing) in the
    /// jack. Returns one pair per step and amplitude; <paramref name="seconds"/> is the device time.
    /// </summary>
    /// <param name="m">The simulated meter.</param>
    /// <param name="amplitudes">Tone amplitudes, count (evenly from 100 down to 20 DAC codes peak).</param>
    /// <param name="periods">Periods averaged per capture.</param>
    /// <param name="seconds">Device time the scan took, s.</param>
    public static IReadOnlyList<AdcShiftPair> Run(SimulatedMeter m, int amplitudes, int periods, out double seconds)
    {
        var p = m.Parameters;
        m.Fixture.SelectRange(0);
        m.Fixture.SelectGain(0);
        m.Fixture.SetMode(FixtureMode.Unloaded);
        m.Clock.Sleep(p.RelaySettleMs);
        long t0 = m.NowUs;
        var pairs = new List<AdcShiftPair>(amplitudes * Steps);
        for (int g = 0; g < amplitudes; g++)
        {
            int amplitude = 100 - g * 80 / Math.Max(1, amplitudes - 1);
            var table = Acquisitions.SineTable(Steps, amplitude, p.DacMidscaleCode);
            m.Dither.Write(0);
            var low = StepMeans(m, table, periods);
            m.Dither.Write(255);
            var high = StepMeans(m, table, periods);
            for (int k = 0; k < Steps; k++)
            {
                pairs.Add(new AdcShiftPair(low[k], high[k], g));
            }
        }

        m.Dither.Write(p.DitherMidscaleCode);
        seconds = (m.NowUs - t0) * 1e-6;
        return pairs;
    }

    /// <summary>Mean code of every step over the kept periods (stalled periods and the 50 ms after them dropped).</summary>
    private static double[] StepMeans(SimulatedMeter m, int[] table, int periods)
    {
        for (int w = 0; w < WarmUpPeriods * Steps; w++)
        {
            m.Tone.Write(table[w % Steps]);
            m.Sampler.Read();
        }

        var codes = new int[periods, Steps];
        var durations = new long[periods];
        long prev = m.Clock.Microseconds;
        for (int q = 0; q < periods; q++)
        {
            for (int k = 0; k < Steps; k++)
            {
                m.Tone.Write(table[k]);
                codes[q, k] = m.Sampler.Read();
            }

            long now = m.Clock.Microseconds;
            durations[q] = now - prev;
            prev = now;
        }

        var keep = Acquisitions.KeptPeriods(durations);
        var mean = new double[Steps];
        int kept = 0;
        for (int q = 0; q < periods; q++)
        {
            if (!keep[q])
            {
                continue;
            }

            for (int k = 0; k < Steps; k++)
            {
                mean[k] += codes[q, k];
            }

            kept++;
        }

        for (int k = 0; k < Steps; k++)
        {
            mean[k] = kept > 0 ? mean[k] / kept : double.NaN;
        }

        return mean;
    }
}
