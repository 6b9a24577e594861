namespace ImpedanceMeter.Cli.Simulation;

/// <summary>One benchmark source: a series R and an optional output capacitor.</summary>
public sealed record BenchCase(double ZoutOhms, double? SeriesCFarads)
{
    /// <summary>The issue-3 case list: 0.05–150 Ω resistive, 0.5 Ω + 220 µF, 2 Ω + 100 µF.</summary>
    public static IReadOnlyList<BenchCase> All { get; } =
    [
        new(0.05, null), new(0.1, null), new(0.5, null), new(1, null), new(2, null), new(5, null),
        new(10, null), new(33, null), new(75, null), new(150, null), new(0.5, 220e-6), new(2, 100e-6),
    ];

    /// <summary>Label for tables.</summary>
    public string Label => SeriesCFarads.HasValue ? $"{ZoutOhms:G} Ω + {SeriesCFarads.Value * 1e6:F0} µF" : $"{ZoutOhms:G} Ω";
}
