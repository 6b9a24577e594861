namespace ImpedanceMeter.Cli.Simulation;

/// <summary>Statistics of one benchmark case at one spot frequency (JSON keys are the issue-3 contract).</summary>
public sealed record BenchRow
{
    public double ZoutOhms { get; init; }
    public double? SeriesCFarads { get; init; }
    public double FreqHz { get; init; }
    public double BiasOhms { get; init; }
    public double StdOhms { get; init; }
    public double P95ErrorOhms { get; init; }
    public double WorstErrorOhms { get; init; }
    public double SecondsPerReading { get; init; }
    public double CrbRatio { get; init; }
    public double NaiveWorstErrorOhms { get; init; }

    /// <summary>RMS over the readings of the Cramér–Rao standard deviation of |Z|, Ω.</summary>
    public double CrbOhms { get; init; }

    /// <summary>The naive detector's pooled within-group standard deviation over its Cramér–Rao bound (same samples).</summary>
    public double NaiveCrbRatio { get; init; }

    /// <summary>
    /// The largest naive-worst/our-worst ratio an unbiased estimator at the Cramér–Rao bound would show on these
    /// readings: naive worst ÷ (median worst |error| of that many Gaussian readings with σ = <see cref="CrbOhms"/>).
    /// Below 5, the 5× margin is out of reach at these sample counts for any estimator.
    /// </summary>
    public double NaiveRatioBound { get; init; }

    /// <summary>RMS over the readings of the Cramér–Rao spread of |Z| left by each reading's calibration standards, Ω (NaN if not computed).</summary>
    public double CalibrationCrbOhms { get; init; }

    /// <summary>RMS over the readings of the spread of |Z| that contact repeatability alone causes (<see cref="ContactSpread"/>), Ω (NaN if not computed).</summary>
    public double ContactOhms { get; init; }

    /// <summary>
    /// The naive-worst/our-worst ratio an ideal estimator would show on this hardware (median over seeded trials):
    /// its readings at the Cramér–Rao bound, each calibration at the bound too (one shared offset per group of
    /// σ = <see cref="CalibrationCrbOhms"/>), the contacts' spread and one draw of the load standard's tolerance per
    /// instrument, over the bench's own grouping. Below 5, the 5× margin is out of reach for any estimator.
    /// </summary>
    public double IdealNaiveRatio { get; init; }

    /// <summary>
    /// The chance that the ideal estimator of <see cref="IdealNaiveRatio"/> shows a worst error at least 5× smaller than
    /// this row's naive worst: the margin, for the best any estimator could do with these captures, standards
    /// and contacts (NaN if not computed).
    /// </summary>
    public double IdealFiveFoldChance { get; init; }

    /// <summary>Worst phase error of the Ok readings, degrees.</summary>
    public double WorstPhaseDeg { get; init; }

    /// <summary>Tolerance of the target ±(0.5 % + 5 mΩ) at the true |Z|, Ω.</summary>
    public double TargetOhms { get; init; }

    /// <summary>Fraction of readings that returned status Ok.</summary>
    public double OkFraction { get; init; }

    /// <summary>Readings (Ok or not).</summary>
    public int Readings { get; init; }

    /// <summary>p95 within target, all readings Ok, phase within ±0.5°.</summary>
    public bool MeetsTarget { get; init; }

    /// <summary>Which estimator produced the row ("core" = the device engine, or a reference scheme label).</summary>
    public string Estimator { get; init; } = "core";
}
