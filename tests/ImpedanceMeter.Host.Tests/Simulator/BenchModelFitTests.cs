using ImpedanceMeter.Cli.Simulation;

namespace ImpedanceMeter.Host.Tests.Simulator;

/// <summary>The bench's R + C model check: the engine's fit recovers the output capacitor (issue 3: within 5 %).</summary>
[TestClass]
public sealed class BenchModelFitTests
{
    [TestMethod]
    public void TheRPlusCModelRecoversTheOutputCapacitorOnOneSimulatedInstrument()
    {
        var cases = new[] { new BenchCase(0.5, 220e-6), new BenchCase(2, 100e-6) };
        var bench = new CoreBench(SimTestParameters.Load());
        bench.Run(cases, 1, 1);

        Assert.AreEqual(0, bench.CalibrationFailures);
        Assert.AreEqual(2, bench.ModelFits.Count);
        foreach (var fit in bench.ModelFits)
        {
            // One reading, two legs: both fits labelled valid, C within 5 % (the bench reports ≈ 1 %).
            Assert.AreEqual(2, fit.Fits);
            Assert.AreEqual(2, fit.ValidFits, $"{fit.SeriesCFarads} F: every fit valid");
            Assert.IsTrue(fit.CapacitanceWorstErrorFraction < 0.05, $"{fit.SeriesCFarads} F: C error {fit.CapacitanceWorstErrorFraction:P2}");
            Assert.IsTrue(fit.MeetsTarget);
        }
    }
}
