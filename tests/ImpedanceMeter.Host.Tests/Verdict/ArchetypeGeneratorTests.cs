using ImpedanceMeter.Cli.Verdict;
using ImpedanceMeter.Core.Verdict;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ImpedanceMeter.Host.Tests.Verdict;

[TestClass]
public class ArchetypeGeneratorTests
{
    [TestMethod]
    public void CommittedArchetypeCurvesEqualTheGeneratorOutput()
    {
        string committed = File.ReadAllText(RepoPaths.Combine(ArchetypeSourceWriter.RelativePath.Split('/')));
        Assert.AreEqual(ArchetypeSourceWriter.Generate(), committed, "regenerate with: imeter iem generate -o " + ArchetypeSourceWriter.RelativePath);
    }

    [TestMethod]
    public void CoreBuiltInsAreTheModelsSampled()
    {
        IemProfile[] builtIns = BuiltInIems.Create();
        for (int i = 0; i < ArchetypeModels.All.Count; i++)
        {
            ArchetypeModels.Archetype a = ArchetypeModels.All[i];
            IemProfile p = builtIns[i];
            Assert.AreEqual(a.Name, p.Name);
            Assert.AreEqual(IemOrigin.ArchetypeModel, p.Origin);
            for (int k = 0; k < p.CurveCount; k++)
            {
                var z = a.Impedance(p.FrequencyMilliHertz[k] / 1000.0);
                Assert.AreEqual(z.Magnitude, p.MagnitudeMilliOhms[k] / 1000.0, 0.0006, a.Name + " |Z| at point " + k);
                Assert.AreEqual(z.Phase * 180 / Math.PI, p.PhaseCentiDegrees[k] / 100.0, 0.006, a.Name + " phase at point " + k);
            }
        }
    }

    [TestMethod]
    public void ArchetypesHaveTheCharacterTheirNamesPromise()
    {
        (double min, double max) Range(string name)
        {
            var a = ArchetypeModels.All.Single(x => x.Name == name);
            var mags = ArchetypeModels.Frequencies.Where(f => f >= 20 && f <= 20000).Select(f => a.Impedance(f).Magnitude).ToArray();
            return (mags.Min(), mags.Max());
        }

        var dd = Range("model-1dd");
        Assert.IsTrue(dd.min > 31 && dd.max < 37, "single dynamic: ~32 ohm, small bass bump " + dd);
        var ba = Range("model-1ba");
        Assert.IsTrue(ba.max > 5 * ba.min, "single BA: impedance rises strongly " + ba);
        var mba = Range("model-3ba");
        Assert.IsTrue(mba.min < 9 && mba.max > 45, "multi-BA: 8-50 ohm class swing " + mba);
        var hybrid = Range("model-hybrid");
        Assert.IsTrue(hybrid.max > 2 * hybrid.min, "hybrid: crossover dip " + hybrid);
    }
}
