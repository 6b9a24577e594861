using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Sim;
using ImpedanceMeter.Sim.Reference;

namespace ImpedanceMeter.Host.Tests.Simulator;

/// <summary>The shift-method ADC calibration (docs/measurement.md §5.4): solver on exact pairs, scan on simulated chips.</summary>
[TestClass]
public sealed class AdcShiftCalibrationTests
{
    /// <summary>A known correction: an 8-LSB bow and a 5-LSB step at code 2048 spread over 12 codes, LSB.</summary>
    private static double KnownCorrection(double code)
    {
        double x = (code - 1600) / 1200;
        return 8 * (1 - x * x) + 5 * (0.5 + 0.5 * Math.Tanh((code - 2048) / 6));
    }

    /// <summary>Residual of a table against a reference over [lo, hi], both with their best straight line removed, LSB rms.</summary>
    private static double ResidualRms(Func<int, double> table, Func<int, double> reference, int lo, int hi, out double referenceRms)
    {
        var a = Enumerable.Range(lo, hi - lo + 1).Select(c => table(c)).ToArray();
        var b = Enumerable.Range(lo, hi - lo + 1).Select(c => reference(c)).ToArray();
        AdcChip.RemoveBestLine(a);
        AdcChip.RemoveBestLine(b);
        referenceRms = Math.Sqrt(b.Average(v => v * v));
        return Math.Sqrt(a.Zip(b, (u, v) => (u - v) * (u - v)).Average());
    }

    [TestMethod]
    public void SolverRecoversAKnownCorrectionFromExactPairs()
    {
        // Codes a over 500–2700; the level x = a + T(a) shifted by Δ_g (different per group, as the
        // baselines float) is read back as b with b + T(b) = x + Δ_g (solved by fixed-point iteration).
        var pairs = new List<AdcShiftPair>();
        for (int g = 0; g < 12; g++)
        {
            double delta = 46 + 0.8 * g;
            for (int k = 0; k < 96; k++)
            {
                double a = 500 + (2200.0 * ((k * 37 + g * 11) % 96) / 96) + g * 1.9;
                double target = a + KnownCorrection(a) + delta;
                double b = target;
                for (int it = 0; it < 50; it++)
                {
                    b = target - KnownCorrection(b);
                }

                pairs.Add(new AdcShiftPair(a, b, g));
            }
        }

        var table = AdcShiftSolver.Solve(pairs, 4095);
        double rms = ResidualRms(c => table[c], c => KnownCorrection(c), 560, 2700, out double knownRms);
        Assert.IsTrue(knownRms > 1.2, $"the known correction is {knownRms:F2} LSB rms");
        Assert.IsTrue(rms < 0.25, $"residual {rms:F3} LSB rms against {knownRms:F2} LSB rms");
    }

    [TestMethod]
    public void ShiftScanOnSimulatedChipsRemovesPartOfTheirInl()
    {
        // Four simulated instruments with every non-ideality on. Residual (line removed, over the
        // scanned codes) per chip, seeds 2000–2003: 1.25, 0.54, 1.63, 0.50 LSB rms against INL of
        // 2.16, 0.66, 1.84, 1.71: the ends of the range, reached only by the largest tones, carry
        // most of it (docs/measurement.md §5.4).
        var p = SimTestParameters.Load();
        double residualSum = 0, inlSum = 0;
        for (int seed = 2000; seed < 2004; seed++)
        {
            var m = new SimulatedMeter(p, seed, seed);
            m.Plug(JackLoad.ForStandard(CalStandard.Open, p, new SimRandom(seed)));
            var pairs = AdcShiftScan.Run(m, 12, 40, out double seconds);
            var table = AdcShiftSolver.Solve(pairs, m.Instrument.Adc.MaxCode);
            int lo = (int)Math.Ceiling(pairs.Min(q => q.Low)), hi = (int)Math.Floor(pairs.Max(q => q.High));
            double rms = ResidualRms(c => table[c], c => m.Instrument.Adc.InlLsb(c), lo, hi, out double inlRms);
            Assert.IsTrue(seconds > 20 && seconds < 40, $"seed {seed}: scan took {seconds:F1} s of device time");
            Assert.IsTrue(hi - lo > 2000, $"seed {seed}: scanned codes {lo}–{hi}");
            Assert.IsTrue(rms < 2, $"seed {seed}: residual {rms:F2} LSB rms (chip INL {inlRms:F2} LSB rms)");
            residualSum += rms;
            inlSum += inlRms;
        }

        Assert.IsTrue(residualSum < 0.7 * inlSum, $"mean residual {residualSum / 4:F2} LSB rms against the chips' {inlSum / 4:F2}");
    }

    [TestMethod]
    public void SolverRejectsAScanWithoutValidPairs()
    {
        var pairs = new[] { new AdcShiftPair(double.NaN, 100, 0), new AdcShiftPair(200, double.NaN, 0) };
        var e = Assert.ThrowsExactly<ArgumentException>(() => AdcShiftSolver.Solve(pairs, 4095));
        StringAssert.Contains(e.Message, "fewer than two valid pairs");
    }
}
