using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Sim;

namespace ImpedanceMeter.Host.Tests.Simulator;

/// <summary>A seed fully determines a simulated instrument and run, so results and benchmarks are reproducible.</summary>
[TestClass]
public sealed class VirtualMeterDeterminismTests
{
    private static MeasurementResult Run(int seed)
    {
        var vm = new VirtualMeter(seed, seed, SimTestParameters.Load());
        Assert.AreEqual(MeasurementStatus.Ok, vm.Calibrate(JackType.Se35));
        vm.Plug(SourceSpec.Presets["phone"]);
        return vm.Measure(JackType.Se35);
    }

    [TestMethod]
    public void SameSeedGivesTheSameResultAndDifferentSeedsDiffer()
    {
        var a = Run(3);
        var b = Run(3);
        var c = Run(4);
        var pa = a.Legs.SelectMany(l => l.Points).Select(p => (p.FrequencyMilliHertz, p.ReMicroOhms, p.ImMicroOhms, p.Status)).ToArray();
        var pb = b.Legs.SelectMany(l => l.Points).Select(p => (p.FrequencyMilliHertz, p.ReMicroOhms, p.ImMicroOhms, p.Status)).ToArray();
        var pc = c.Legs.SelectMany(l => l.Points).Select(p => (p.FrequencyMilliHertz, p.ReMicroOhms, p.ImMicroOhms, p.Status)).ToArray();
        CollectionAssert.AreEqual(pa, pb);
        Assert.AreEqual(a.DeviceMicroseconds, b.DeviceMicroseconds);
        CollectionAssert.AreNotEqual(pa, pc, "another instrument has other tolerances, timing and noise");
    }
}
