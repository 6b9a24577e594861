using System.Numerics;
using ImpedanceMeter.Cli.Simulation;

namespace ImpedanceMeter.Host.Tests.Simulator;

/// <summary>The contacts' share of an ideal estimator's error, against the ideal front end's closed forms.</summary>
[TestClass]
public sealed class ContactSpreadTests
{
    // Ideal front end: open 1, short 0 (Z_S = 0), load Z_L/(R_s + Z_L); then Z = R_s·m/(1 − m).
    private const double ZLoad = 10.0;

    [TestMethod]
    public void TheReadingsRelayClosureScalesZByItsShareOfTheShunt()
    {
        // m = Z/(R_s + Z) moves by −m·δ/(R_s + Z), so Z moves by −Z·δ/R_s.
        foreach (var (z, rs) in new[] { (0.05, 1.0), (1.0, 1.0), (5.0, 10.0), (150.0, 33.0) })
        {
            double l = ZLoad / (rs + ZLoad);
            Assert.AreEqual(z * 0.002 / rs, ContactSpread.PerReadingOhms(z, 1, 0, l, ZLoad, 0, rs, 0.002), 1e-9 * Math.Max(1, z), $"{z} Ω on {rs} Ω");
        }
    }

    [TestMethod]
    public void TheGroupsShareIsTheSourcePlugTheStandardsPlugsThroughTheirWeightsAndTheLoadsRelay()
    {
        const double plug = 0.002, relay = 0.003;
        foreach (var (z, rs) in new[] { (0.05, 1.0), (1.0, 1.0), (10.0, 10.0), (75.0, 33.0) })
        {
            double l = ZLoad / (rs + ZLoad), m = z / (rs + z);
            // Z = Z_L·wL + Z_S·wS with wL = m(1 − l)/(l(1 − m)) = Z/Z_L and wS = (l − m)/(l(1 − m)) = 1 − Z/Z_L.
            double wShort = (l - m) / (l * (1 - m)), wLoad = m * (1 - l) / (l * (1 - m));
            Assert.AreEqual(z / ZLoad, wLoad, 1e-12);
            double loadRelay = z * relay / rs;
            double expected = Math.Sqrt(plug * plug + Math.Pow(wShort * plug / Math.Sqrt(3), 2) + Math.Pow(wLoad * plug, 2) + loadRelay * loadRelay);
            Assert.AreEqual(expected, ContactSpread.PerGroupOhms(z, 1, 0, l, ZLoad, 0, rs, plug, relay, 3), 1e-9 * Math.Max(1, z), $"{z} Ω on {rs} Ω");
        }
    }

    [TestMethod]
    public void AgainstACapacitorTheSourcePlugBarelyMovesTheMagnitudeButTheLoadPlugScalesAllOfIt()
    {
        // 0.5 Ω + 220 µF at 97.6 Hz: |Z| ≈ 7.4 Ω, almost all reactance. A series δR at the source moves |Z| by δR·R/|Z|;
        // the load plug's δR scales the whole map by δR/Z_L, so |Z| by δR·|Z|/Z_L. A perfect short (a million insertions).
        var z = new Complex(0.5, -1 / (2 * Math.PI * 97.6 * 220e-6));
        double l = ZLoad / (1 + ZLoad);
        double group = ContactSpread.PerGroupOhms(z, 1, 0, l, ZLoad, 0, 1.0, 0.002, 0, 1000000);
        double expected = 0.002 * Math.Sqrt(Math.Pow(0.5 / z.Magnitude, 2) + Math.Pow(z.Magnitude / ZLoad, 2));
        Assert.AreEqual(expected, group, 1e-3 * expected);
        Assert.IsTrue(group < 0.002, "less than a resistive source's full plug contact");
    }
}
