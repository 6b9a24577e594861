using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Sim;

/// <summary>What is plugged into the meter's cable: a source under test or a calibration standard (or nothing).</summary>
public sealed class JackLoad
{
    /// <summary>The source, or null for a standard / nothing.</summary>
    public SourceSpec? Source { get; }

    /// <summary>The calibration standard, or null.</summary>
    public CalStandard? Standard { get; }

    /// <summary>Load standard actual value of this standard plug, Ω.</summary>
    public double LoadOhms { get; }

    private JackLoad(SourceSpec? source, CalStandard? standard, double loadOhms)
    {
        Source = source;
        Standard = standard;
        LoadOhms = loadOhms;
    }

    /// <summary>A source under test.</summary>
    public static JackLoad ForSource(SourceSpec source) => new(source, null, 0);

    /// <summary>A calibration standard; the load's actual value is drawn within its tolerance.</summary>
    public static JackLoad ForStandard(CalStandard standard, SimParameters p, SimRandom draw) =>
        new(null, standard, p.LoadStandardOhms * (1 + draw.Symmetric(p.LoadStandardTolerance)));

    /// <summary>Nothing plugged in (the plug in air: same as the open standard).</summary>
    public static JackLoad Nothing() => new(null, CalStandard.Open, 0);

    /// <summary>Series R, C (0 = none) and L of a leg as the force loop sees it, without contacts.</summary>
    public void Impedance(SimParameters p, int legIndex, out double r, out double c, out double l)
    {
        c = 0;
        l = 0;
        if (Source != null)
        {
            if (Source.Muted)
            {
                r = p.MutedPulldownOhms;
                return;
            }

            r = Source.ROhms * (1 + (legIndex % 2 == 1 ? Source.LegMismatch : 0));
            c = Source.CFarads;
            l = Source.LHenries;
            return;
        }

        r = Standard switch
        {
            CalStandard.Short => p.ShortStandardOhms,
            CalStandard.Load => LoadOhms,
            _ => p.OpenStandardOhms,
        };
    }

    /// <summary>True when the plug makes contact with a jack (a source or the short/load plug).</summary>
    public bool IsInserted => Source != null || Standard != CalStandard.Open;
}
