namespace ImpedanceMeter.Cli.Simulation;

/// <summary>
/// How well the engine's R + C (+ L) model recovered a capacitor-coupled case over all simulated
/// instruments and readings (issue 3: 100 µF and 220 µF within 5 %). One row per case with a series C.
/// </summary>
public sealed record ModelFitRow
{
    /// <summary>Source resistance of the case, Ω.</summary>
    public double ZoutOhms { get; init; }

    /// <summary>Series capacitance of the case, F.</summary>
    public double SeriesCFarads { get; init; }

    /// <summary>Legs × readings measured.</summary>
    public int Fits { get; init; }

    /// <summary>Of those, fits the engine labelled valid (a capacitor found, residual within its limit).</summary>
    public int ValidFits { get; init; }

    /// <summary>95th percentile of |C_fit − C|/C over the valid fits.</summary>
    public double CapacitanceP95ErrorFraction { get; init; }

    /// <summary>Worst |C_fit − C|/C over the valid fits.</summary>
    public double CapacitanceWorstErrorFraction { get; init; }

    /// <summary>Worst |R_fit − R| over the valid fits, Ω (R includes the plug contact, ≈ 10 mΩ).</summary>
    public double ResistanceWorstErrorOhms { get; init; }

    /// <summary>Every fit valid and the 95th percentile of the C error within 5 %.</summary>
    public bool MeetsTarget { get; init; }

    /// <summary>Markdown table of the rows.</summary>
    public static string Table(IReadOnlyList<ModelFitRow> rows)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("| case | fits (valid) | C error p95 | C error worst | R error worst | target C ±5 % |");
        sb.AppendLine("|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            sb.AppendLine($"| {new BenchCase(r.ZoutOhms, r.SeriesCFarads).Label} | {r.Fits} ({r.ValidFits}) | {r.CapacitanceP95ErrorFraction * 100:F2} % | {r.CapacitanceWorstErrorFraction * 100:F2} % | {ResultView.Ohms(r.ResistanceWorstErrorOhms)} | {(r.MeetsTarget ? "yes" : "no")} |");
        }

        return sb.ToString();
    }
}
