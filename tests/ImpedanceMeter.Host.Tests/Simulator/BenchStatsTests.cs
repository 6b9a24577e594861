using ImpedanceMeter.Cli.Simulation;

namespace ImpedanceMeter.Host.Tests.Simulator;

/// <summary>The bench's statistics: what "std", "std/CRB" and the naive-ratio bound mean (issue 3's columns).</summary>
[TestClass]
public sealed class BenchStatsTests
{
    [TestMethod]
    public void StdIsPooledWithinGroupsSoAnOffsetBetweenTwoCalibrationsDoesNotCount()
    {
        // Two legs of one instrument, each its own calibration: a 5 mΩ offset between them, ±1 mΩ readings within.
        var s = new BenchStats();
        foreach (var (group, offset) in new[] { (0, 0.0), (1, 0.005) })
        {
            foreach (double e in new[] { -0.001, 0.001, -0.001, 0.001 })
            {
                s.Add(group, offset + e, 0.010, 0.001, 0.1, 0.9, 100, 1.0);
            }
        }

        var row = s.ToRow(new BenchCase(1.0, null), "core");

        // Within-group deviations ±1 mΩ over 2 × 3 degrees of freedom: √(8 · 1e-6 / 6).
        Assert.AreEqual(Math.Sqrt(8e-6 / 6), row.StdOhms, 1e-12);
        Assert.AreEqual(row.StdOhms / 0.001, row.CrbRatio, 1e-9);
        Assert.AreEqual(0.0025, row.BiasOhms, 1e-12);
        Assert.AreEqual(0.006, row.WorstErrorOhms, 1e-12);
    }

    [TestMethod]
    public void TheNaiveRatioBoundDividesTheNaiveWorstByTheMedianWorstOfCrbLimitedReadings()
    {
        var s = new BenchStats();
        double[] naive = { 0.020, -0.030, 0.025, -0.010 };
        for (int i = 0; i < naive.Length; i++)
        {
            s.Add(0, 0.001, naive[i], 0.002, 0.1, 0.9, 100, 10.0);
        }

        var row = s.ToRow(new BenchCase(10.0, null), "core");

        Assert.AreEqual(0.002, row.CrbOhms, 1e-12);
        Assert.AreEqual(0.030, row.NaiveWorstErrorOhms, 1e-12);
        Assert.AreEqual(0.030 / (GaussianExtremes.MedianWorstSigma(4) * 0.002), row.NaiveRatioBound, 1e-9);
        double mean = naive.Average();
        double naiveStd = Math.Sqrt(naive.Sum(x => (x - mean) * (x - mean)) / 3);
        Assert.AreEqual(naiveStd / 0.002, row.NaiveCrbRatio, 1e-9);
    }

    [TestMethod]
    public void MedianWorstSigmaMatchesASeededMonteCarloOracle()
    {
        // Oracle: the median over 4001 trials of max |x| over n Gaussian draws (fixed seed; Box–Muller).
        var rng = new Random(20261122);
        foreach (int n in new[] { 1, 8, 96, 192 })
        {
            var worst = new double[4001];
            for (int t = 0; t < worst.Length; t++)
            {
                double m = 0;
                for (int k = 0; k < n; k++)
                {
                    double g = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
                    m = Math.Max(m, Math.Abs(g));
                }

                worst[t] = m;
            }

            Array.Sort(worst);
            double oracle = worst[worst.Length / 2];
            double computed = GaussianExtremes.MedianWorstSigma(n);
            // The sample median of 4001 trials is within about 2 % of the true median.
            Assert.AreEqual(oracle, computed, 0.03 * oracle, $"n = {n}");
        }

        Assert.AreEqual(0.6745, GaussianExtremes.MedianWorstSigma(1), 1e-4, "the median of |x| is Φ⁻¹(0.75)");
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => GaussianExtremes.MedianWorstSigma(0));
    }

    [TestMethod]
    public void WorstSharedReducesToTheIndependentCaseAndToItsSharedParts()
    {
        int n = 96;
        int[] alone = Enumerable.Range(0, n).ToArray();
        double[] one = Enumerable.Repeat(1.0, n).ToArray(), zero = new double[n];
        Assert.AreEqual(GaussianExtremes.MedianWorstSigma(n), Median(GaussianExtremes.WorstShared(alone, alone, one, zero, zero)), 0.03 * 2.69,
            "no shared part: the independent median worst");
        int[] same = new int[n];
        // One calibration offset shared by every reading, no reading noise: the median of |N(0, 1)|, 0.674.
        Assert.AreEqual(0.6745, Median(GaussianExtremes.WorstShared(same, same, zero, one, zero)), 0.05);
        // One instrument's uniform ±1 draw: the median of |u| is ½.
        Assert.AreEqual(0.5, Median(GaussianExtremes.WorstShared(same, same, zero, zero, one)), 0.04);
        // 24 groups of 4 sharing an offset as large as the reading noise: between the independent 96 (σ 1) and 96 of σ √2.
        int[] groups = Enumerable.Range(0, n).Select(i => i / 4).ToArray();
        double[] trials = GaussianExtremes.WorstShared(groups, groups, one, one, zero);
        CollectionAssert.AreEqual(trials.OrderBy(x => x).ToArray(), trials, "ascending");
        CollectionAssert.AreEqual(trials, GaussianExtremes.WorstShared(groups, groups, one, one, zero), "seeded: the same each call");
        double shared = Median(trials);
        Assert.IsTrue(shared > 1.1 * GaussianExtremes.MedianWorstSigma(n) && shared < Math.Sqrt(2) * GaussianExtremes.MedianWorstSigma(n), $"{shared:F3}");
        Assert.ThrowsExactly<ArgumentException>(() => GaussianExtremes.WorstShared(same, same, one, one, new double[1]));
    }

    private static double Median(double[] ascending) => ascending[ascending.Length / 2];

    [TestMethod]
    public void TheIdealNaiveRatioSharesCalibrationAndContactsPerGroupAndTheLoadTolerancePerInstrument()
    {
        var s = new BenchStats { LoadTolerance = 0.001 };
        var none = new BenchStats();
        for (int g = 0; g < 4; g++)
        {
            for (int r = 0; r < 3; r++)
            {
                s.Add(g, 0.001, g == 2 && r == 1 ? -0.040 : 0.010, 0.002, 0.1, 0.9, 100, 10.0, new IdealSpread(g / 2, 0.003, 0.004, 0.0015));
                none.Add(g, 0.001, 0.010, 0.002, 0.1, 0.9, 100, 10.0);
            }
        }

        var row = s.ToRow(new BenchCase(10.0, null), "core");
        int[] groups = { 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3 };
        // Per reading: the CRB and the reading's relay closure; per group: the calibration's CRB and the contacts.
        double[] ideal = GaussianExtremes.WorstShared(groups.Select(g => g / 2).ToArray(), groups,
            Enumerable.Repeat(Math.Sqrt(0.002 * 0.002 + 0.0015 * 0.0015), 12).ToArray(), Enumerable.Repeat(0.005, 12).ToArray(),
            Enumerable.Repeat(0.010, 12).ToArray());
        Assert.AreEqual(0.040 / ideal[ideal.Length / 2], row.IdealNaiveRatio, 1e-12);
        // 5× of a 40 mΩ naive worst needs an ideal worst ≤ 8 mΩ: the trials' own fraction, strictly between 0 and 1 here.
        Assert.AreEqual(ideal.Count(w => w <= 0.008) / (double)ideal.Length, row.IdealFiveFoldChance, 1e-12);
        Assert.IsTrue(row.IdealFiveFoldChance > 0 && row.IdealFiveFoldChance < 1, $"{row.IdealFiveFoldChance:P1}");
        Assert.AreEqual(0.003, row.CalibrationCrbOhms, 1e-12);
        Assert.AreEqual(Math.Sqrt(0.004 * 0.004 + 0.0015 * 0.0015), row.ContactOhms, 1e-12);
        Assert.IsTrue(row.IdealNaiveRatio < row.NaiveRatioBound, "shared offsets make the ideal worst larger");
        Assert.IsTrue(double.IsNaN(none.ToRow(new BenchCase(10.0, null), "core").IdealNaiveRatio), "no ideal spread given: no ratio");
    }
}
