namespace ImpedanceMeter.Cli.Simulation;

/// <summary>Accumulates signed errors per instrument and turns them into a <see cref="BenchRow"/>.</summary>
public sealed class BenchStats
{
    private readonly Dictionary<int, List<double>> _byGroup = new();
    private readonly Dictionary<int, List<double>> _naiveByGroup = new();
    private readonly List<double> _all = new();
    private readonly List<double> _crb = new();
    private readonly List<double> _phase = new();
    private readonly List<double> _seconds = new();
    private readonly List<double> _freq = new();
    private readonly List<double> _truth = new();
    private readonly List<int> _group = new();
    private readonly List<IdealSpread?> _ideal = new();
    private int _readings;

    /// <summary>
    /// Half-width of the load standard's tolerance as a fraction of |Z| (uniform, one draw per instrument): its share
    /// of the ideal naive ratio. 0 = an exact standard.
    /// </summary>
    public double LoadTolerance { get; init; }

    /// <summary>Adds a reading that returned no number (status not Ok).</summary>
    public void AddFailed(double seconds)
    {
        _readings++;
        if (!double.IsNaN(seconds))
        {
            _seconds.Add(seconds);
        }
    }

    /// <summary>
    /// Adds one Ok reading. <paramref name="group"/> names one calibration and one insertion (an instrument, or one
    /// leg of it when legs are calibrated separately): the std is pooled within groups.
    /// </summary>
    /// <param name="ideal">What an ideal estimator would carry beyond the CRB on this reading; null if not known (no ideal ratio then).</param>
    public void Add(int group, double errorOhms, double naiveErrorOhms, double crbOhms, double phaseErrorDeg, double seconds, double freqHz, double truthOhms,
        IdealSpread? ideal = null)
    {
        _readings++;
        _group.Add(group);
        _ideal.Add(ideal);
        if (!_byGroup.TryGetValue(group, out var list))
        {
            _byGroup[group] = list = new List<double>();
        }

        list.Add(errorOhms);
        if (!_naiveByGroup.TryGetValue(group, out var naiveList))
        {
            _naiveByGroup[group] = naiveList = new List<double>();
        }

        naiveList.Add(naiveErrorOhms);
        _all.Add(errorOhms);
        _crb.Add(crbOhms);
        _phase.Add(Math.Abs(phaseErrorDeg));
        _seconds.Add(seconds);
        _freq.Add(freqHz);
        _truth.Add(truthOhms);
    }

    /// <summary>The row: bias = mean error; std = pooled within-group std (readings of one calibration and insertion); p95/worst of |error|.</summary>
    public BenchRow ToRow(BenchCase c, string estimator)
    {
        double std = PooledStd(_byGroup.Values);
        double naiveStd = PooledStd(_naiveByGroup.Values);
        var naiveAbs = _naiveByGroup.Values.SelectMany(l => l).Select(Math.Abs).ToArray();
        double naiveWorst = naiveAbs.Length > 0 ? naiveAbs.Max() : double.NaN;
        var abs = _all.Select(Math.Abs).OrderBy(x => x).ToArray();
        double p95 = abs.Length > 0 ? abs[Math.Min(abs.Length - 1, (int)Math.Ceiling(0.95 * abs.Length) - 1)] : double.NaN;
        double truth = _truth.Count > 0 ? _truth.Average() : c.ZoutOhms;
        double target = 0.005 * truth + 0.005;
        double crbRms = _crb.Count > 0 ? Math.Sqrt(_crb.Average(x => x * x)) : double.NaN;
        double okFraction = _readings > 0 ? (double)_all.Count / _readings : 0;
        bool idealKnown = _ideal.Count > 0 && _ideal.All(x => x != null);
        double calibrationRms = idealKnown ? Math.Sqrt(_ideal.Average(x => x!.CalibrationCrbOhms * x.CalibrationCrbOhms)) : double.NaN;
        double contactRms = idealKnown ? Math.Sqrt(_ideal.Average(x => x!.ContactGroupOhms * x.ContactGroupOhms + x.ContactReadingOhms * x.ContactReadingOhms)) : double.NaN;
        // Worst |error| of an unbiased estimator at the CRB whose calibration is at the CRB too, with the contacts and
        // the load standard's tolerance the hardware imposes, over seeded trials of the bench's own grouping.
        double[]? ideal = idealKnown && naiveAbs.Length > 0
            ? GaussianExtremes.WorstShared(
                _ideal.Select(x => x!.Instrument).ToArray(),
                _group.ToArray(),
                _crb.Zip(_ideal, (c, x) => Math.Sqrt(c * c + x!.ContactReadingOhms * x.ContactReadingOhms)).ToArray(),
                _ideal.Select(x => Math.Sqrt(x!.CalibrationCrbOhms * x.CalibrationCrbOhms + x.ContactGroupOhms * x.ContactGroupOhms)).ToArray(),
                _truth.Select(t => t * LoadTolerance).ToArray())
            : null;
        double worstPhase = _phase.Count > 0 ? _phase.Max() : double.NaN;
        return new BenchRow
        {
            Estimator = estimator,
            ZoutOhms = c.ZoutOhms,
            SeriesCFarads = c.SeriesCFarads,
            FreqHz = _freq.Count > 0 ? Math.Round(_freq.Average(), 1) : double.NaN,
            BiasOhms = _all.Count > 0 ? _all.Average() : double.NaN,
            StdOhms = std,
            P95ErrorOhms = p95,
            WorstErrorOhms = abs.Length > 0 ? abs[^1] : double.NaN,
            SecondsPerReading = _seconds.Count > 0 ? _seconds.Average() : double.NaN,
            CrbRatio = crbRms > 0 ? std / crbRms : double.NaN,
            NaiveWorstErrorOhms = naiveWorst,
            CrbOhms = crbRms,
            NaiveCrbRatio = crbRms > 0 ? naiveStd / crbRms : double.NaN,
            NaiveRatioBound = crbRms > 0 && naiveAbs.Length > 0 ? naiveWorst / (GaussianExtremes.MedianWorstSigma(naiveAbs.Length) * crbRms) : double.NaN,
            CalibrationCrbOhms = calibrationRms,
            ContactOhms = contactRms,
            IdealNaiveRatio = ideal != null ? naiveWorst / ideal[ideal.Length / 2] : double.NaN,
            IdealFiveFoldChance = ideal != null ? ideal.Count(w => 5 * w <= naiveWorst) / (double)ideal.Length : double.NaN,
            WorstPhaseDeg = worstPhase,
            TargetOhms = target,
            OkFraction = okFraction,
            Readings = _readings,
            MeetsTarget = okFraction == 1 && p95 <= target && worstPhase <= 0.5,
        };
    }

    /// <summary>Standard deviation pooled within groups (each group's own mean removed), or NaN with no repeated reading.</summary>
    private static double PooledStd(IEnumerable<List<double>> groups)
    {
        double ss = 0;
        int dof = 0;
        foreach (var l in groups.Where(l => l.Count > 1))
        {
            double m = l.Average();
            ss += l.Sum(e => (e - m) * (e - m));
            dof += l.Count - 1;
        }

        return dof > 0 ? Math.Sqrt(ss / dof) : double.NaN;
    }
}
