namespace ImpedanceMeter.Cli.Verdict;

/// <summary>
/// An impedance curve read from a file, full resolution, in double precision: frequency Hz
/// (strictly increasing, &gt; 0), |Z| Ω (&gt; 0), phase degrees (−90 … 90).
/// </summary>
public sealed class ImpedanceCurve
{
    public ImpedanceCurve(double[] hertz, double[] ohms, double[] degrees, bool phaseMissing)
    {
        Hertz = hertz;
        Ohms = ohms;
        Degrees = degrees;
        PhaseMissing = phaseMissing;
    }

    /// <summary>Frequencies, Hz.</summary>
    public double[] Hertz { get; }

    /// <summary>|Z|, Ω.</summary>
    public double[] Ohms { get; }

    /// <summary>Phase, degrees (0 when the file had no phase column).</summary>
    public double[] Degrees { get; }

    /// <summary>True when the file had only frequency and |Z| columns (phase taken as 0°).</summary>
    public bool PhaseMissing { get; }

    /// <summary>Number of points.</summary>
    public int Count => Hertz.Length;
}
