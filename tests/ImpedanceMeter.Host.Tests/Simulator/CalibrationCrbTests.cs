using System.Numerics;
using ImpedanceMeter.Cli.Simulation;

namespace ImpedanceMeter.Host.Tests.Simulator;

/// <summary>The calibration standards' share of the Cramér–Rao bound, against the cross ratio's analytic derivatives.</summary>
[TestClass]
public sealed class CalibrationCrbTests
{
    [TestMethod]
    public void RatioOfInvertsTheEnginesMapForRandomStandards()
    {
        var rng = new Random(20261207);
        for (int t = 0; t < 200; t++)
        {
            var o = new Complex(0.9 + 0.2 * rng.NextDouble(), 0.05 * (rng.NextDouble() - 0.5));
            var s = new Complex(0.05 * rng.NextDouble(), 0.01 * (rng.NextDouble() - 0.5));
            var l = new Complex(0.2 + 0.6 * rng.NextDouble(), 0.05 * (rng.NextDouble() - 0.5));
            var z = new Complex(150 * rng.NextDouble(), 20 * (rng.NextDouble() - 0.5));
            var m = CalibrationCrb.RatioOf(z, o, s, l, 10.0, 0.001);
            var back = CalibrationCrb.Map(m, o, s, l, 10.0, 0.001);
            Assert.AreEqual(0, (back - z).Magnitude, 1e-9 * Math.Max(1, z.Magnitude), $"trial {t}");
        }
    }

    [TestMethod]
    public void EachStandardsSpreadIsItsLogDerivativeTimesItsRelativeNoise()
    {
        // Ideal front end, 33 Ω shunt, perfect short assumed (Z_S = 0) but a short ratio of 0.02, real 33 Ω source:
        // ln Z = ln(m − s) + ln(o − l) − ln(l − s) − ln(o − m), so x·∂lnZ/∂x for each standard x.
        double o = 1, s = 0.02, l = 10.0 / 43, zOhms = 33;
        double m = CalibrationCrb.RatioOf(zOhms, o, s, l, 10.0, 0).Real;
        double dOpen = o * (1 / (o - l) - 1 / (o - m));
        double dShort = s * (-1 / (m - s) + 1 / (l - s));
        double dLoad = l * (-1 / (o - l) - 1 / (l - s));
        const double v = 1e-6;
        var none = (0.0, 0.0);
        Assert.AreEqual(zOhms * Math.Abs(dOpen) * 1e-3, CalibrationCrb.SigmaOhms(zOhms, o, s, l, 10.0, 0, (v, 0.0), none, none), 1e-9);
        Assert.AreEqual(zOhms * Math.Abs(dShort) * 1e-3, CalibrationCrb.SigmaOhms(zOhms, o, s, l, 10.0, 0, none, (v, 0.0), none), 1e-9);
        Assert.AreEqual(zOhms * Math.Abs(dLoad) * 1e-3, CalibrationCrb.SigmaOhms(zOhms, o, s, l, 10.0, 0, none, none, (v, 0.0)), 1e-9);
        double all = CalibrationCrb.SigmaOhms(zOhms, o, s, l, 10.0, 0, (v, 0.0), (v, 0.0), (v, 0.0));
        Assert.AreEqual(zOhms * 1e-3 * Math.Sqrt(dOpen * dOpen + dShort * dShort + dLoad * dLoad), all, 1e-9);
        // Real Z and real standards: phase noise only turns Z, it does not change |Z| to first order.
        Assert.AreEqual(0, CalibrationCrb.SigmaOhms(zOhms, o, s, l, 10.0, 0, (0.0, v), (0.0, v), (0.0, v)), 1e-9);
    }

    [TestMethod]
    public void TheOpensNoiseGrowsWithZAsTheMeasurementsOwnDoes()
    {
        // o − m shrinks as Z rises past the shunt: the open standard's noise is amplified as the loaded ratio's is.
        double o = 1, s = 0.01, l = 10.0 / 43;
        var open = (1e-6, 1e-6);
        var none = (0.0, 0.0);
        double at10 = CalibrationCrb.SigmaOhms(10, o, s, l, 10.0, 0, open, none, none) / 10;
        double at150 = CalibrationCrb.SigmaOhms(150, o, s, l, 10.0, 0, open, none, none) / 150;
        Assert.IsTrue(at150 > 3 * at10, $"relative spread 10 Ω {at10:E2}, 150 Ω {at150:E2}");
    }
}
