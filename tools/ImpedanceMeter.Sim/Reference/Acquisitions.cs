using System.Numerics;

namespace ImpedanceMeter.Sim.Reference;

/// <summary>
/// What the double-precision reference acquisitions share: the DAC sine table, the dither
/// sequence, the post-stall recovery window and the white-noise estimate. The schemes themselves
/// are <see cref="LockStepScheme"/>, <see cref="ManagedLoopDmaScheme"/> and <see cref="RmtStreamScheme"/>.
/// </summary>
public static class Acquisitions
{
    /// <summary>Periods starting within this time after a stalled period are dropped too, µs (≈ the 53 ms sense high-pass time constant).</summary>
    public const long GcRecoveryUs = 50_000;

    /// <summary>
    /// Which periods to keep: a period stretched by a stall (GC pause, &gt; 1.2 × the median length)
    /// is dropped, and so is every period starting within <see cref="GcRecoveryUs"/> after it (the
    /// stall's transient in the sense high-pass and the coupling capacitor).
    /// </summary>
    /// <param name="durations">Length of each period in capture order, µs.</param>
    public static bool[] KeptPeriods(long[] durations)
    {
        double median = durations.Order().ElementAt(durations.Length / 2);
        var keep = new bool[durations.Length];
        long quietUntil = long.MinValue;
        long t = 0;
        for (int p = 0; p < durations.Length; p++)
        {
            t += durations[p];
            bool stalled = durations[p] > 1.2 * median;
            if (stalled)
            {
                quietUntil = t + GcRecoveryUs;
            }

            keep[p] = !stalled && t - durations[p] >= quietUntil;
        }

        return keep;
    }

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


    /// <summary>White noise per sample at the ADC, codes rms (ADC noise and analog noise).</summary>
    public static double NoiseCodes(SimulatedMeter m)
    {
        double analog = m.AnalogNoiseVrms / m.Parameters.AdcVoltsPerCode;
        return Math.Sqrt(m.Instrument.Adc.NoiseLsb * m.Instrument.Adc.NoiseLsb + analog * analog);
    }
}
