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
}
