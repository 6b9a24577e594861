using System.Text;

namespace ImpedanceMeter.Cli.Simulation;

/// <summary>Human (Markdown) tables of benchmark rows, with units.</summary>
public static class BenchTable
{
    /// <summary>
    /// One line per case and frequency: bias, std, p95, worst (mΩ and % of |Z|), s/reading, CRB ratio, naive worst,
    /// the naive detector's std over the CRB, the largest naive ratio a CRB-efficient unbiased estimator could show (on the
    /// measurement captures alone; with calibration, contacts and the load standard's tolerance), the chance of 5×, target.
    /// </summary>
    public static string Detail(IEnumerable<BenchRow> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| estimator | case | f (Hz) | bias | std | p95 abs err | worst abs err | target ±(0.5 %+5 mΩ) | worst phase (°) | s/reading | std/CRB | naive worst | naive std/CRB | naive-ratio bound | ideal naive ratio | ideal ≥ 5× chance | Ok | meets |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            var c = new BenchCase(r.ZoutOhms, r.SeriesCFarads);
            sb.AppendLine($"| {r.Estimator} | {c.Label} | {r.FreqHz:F0} | {Err(r.BiasOhms, r)} | {Err(r.StdOhms, r)} | {Err(r.P95ErrorOhms, r)} | {Err(r.WorstErrorOhms, r)} | {ResultView.Ohms(r.TargetOhms)} | {r.WorstPhaseDeg:F2} | {r.SecondsPerReading:F2} | {r.CrbRatio:F2} | {Err(r.NaiveWorstErrorOhms, r)} | {r.NaiveCrbRatio:F2} | {r.NaiveRatioBound:F1} | {r.IdealNaiveRatio:F1} | {r.IdealFiveFoldChance:P0} | {r.OkFraction:P0} | {(r.MeetsTarget ? "yes" : "no")} |");
        }

        return sb.ToString();
    }

    /// <summary>The scheme comparison: cases as rows, variants as columns, worst |error| in % of |Z| (p95 in brackets).</summary>
    public static string Schemes(IReadOnlyList<BenchRow> rows)
    {
        var variants = rows.Select(r => r.Estimator).Distinct().ToArray();
        var cases = rows.Select(r => new BenchCase(r.ZoutOhms, r.SeriesCFarads)).Distinct().ToArray();
        var sb = new StringBuilder();
        sb.AppendLine("| case | " + string.Join(" | ", variants) + " |");
        sb.AppendLine("|---|" + string.Concat(variants.Select(_ => "---|")));
        foreach (var c in cases)
        {
            sb.Append("| " + c.Label + " |");
            foreach (var v in variants)
            {
                var r = rows.First(x => x.Estimator == v && x.ZoutOhms == c.ZoutOhms && x.SeriesCFarads == c.SeriesCFarads);
                double z = r.TargetOhms > 0 ? (r.TargetOhms - 0.005) / 0.005 : c.ZoutOhms;
                sb.Append($" {100 * r.WorstErrorOhms / z:F2} ({100 * r.P95ErrorOhms / z:F2}){(r.MeetsTarget ? " ✓" : "")} |");
            }

            sb.AppendLine();
        }

        sb.Append("| f (Hz), s/reading |");
        foreach (var v in variants)
        {
            var vr = rows.Where(x => x.Estimator == v).ToArray();
            sb.Append($" {vr.Average(x => x.FreqHz):F0}, {vr.Average(x => x.SecondsPerReading):F2} |");
        }

        sb.AppendLine();
        sb.Append("| naive worst, % (same samples, same OSL) |");
        foreach (var v in variants)
        {
            var vr = rows.Where(x => x.Estimator == v).ToArray();
            sb.Append($" {vr.Max(x => 100 * x.NaiveWorstErrorOhms / ((x.TargetOhms - 0.005) / 0.005)):F1} |");
        }

        sb.AppendLine();
        return sb.ToString();
    }

    private static string Err(double ohms, BenchRow r)
    {
        if (double.IsNaN(ohms))
        {
            return "—";
        }

        double z = (r.TargetOhms - 0.005) / 0.005;
        return ResultView.Ohms(ohms) + $" ({100 * ohms / z:F2} %)";
    }
}
