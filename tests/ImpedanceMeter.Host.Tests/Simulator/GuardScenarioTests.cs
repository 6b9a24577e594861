using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Sim;

namespace ImpedanceMeter.Host.Tests.Simulator;

/// <summary>
/// Every guard has a simulated scenario on the virtual meter (the device engine on simulated
/// ports) that shows the status instead of a number.
/// </summary>
[TestClass]
public sealed class GuardScenarioTests
{
    private static VirtualMeter Calibrated(SimParameters? p = null)
    {
        var vm = new VirtualMeter(1, 1, p ?? SimTestParameters.Load());
        Assert.AreEqual(MeasurementStatus.Ok, vm.Calibrate(JackType.Se35), "calibration with simulated standards");
        return vm;
    }

    private static void AssertNoNumbers(MeasurementResult r)
    {
        foreach (var leg in r.Legs)
        {
            foreach (var p in leg.Points)
            {
                if (p.Status != MeasurementStatus.Ok)
                {
                    Assert.AreEqual(0, p.ReMicroOhms, "no number with status " + p.Status);
                    Assert.AreEqual(0, p.ImMicroOhms, "no number with status " + p.Status);
                }
            }
        }
    }

    private static int Count(MeasurementResult r, MeasurementStatus s) => r.Legs.Sum(l => l.Points.Count(p => p.Status == s));

    [TestMethod]
    public void MutedSourceReadsMuted()
    {
        var vm = Calibrated();
        vm.Plug(SourceSpec.Presets["muted"]);
        var r = vm.Measure(JackType.Se35);
        Assert.AreEqual(MeasurementStatus.Muted, r.Status);
        Assert.AreEqual(6, Count(r, MeasurementStatus.Muted));
        AssertNoNumbers(r);
    }

    [TestMethod]
    public void SourcePlayingMusicReadsNotIdle()
    {
        var vm = Calibrated();
        vm.Plug(SourceSpec.Presets["music"]);
        var r = vm.Measure(JackType.Se35);
        Assert.AreEqual(MeasurementStatus.NotIdle, r.Status);
        Assert.AreEqual(6, Count(r, MeasurementStatus.NotIdle));
        AssertNoNumbers(r);
    }

    [TestMethod]
    public void ShortedOutputReadsShort()
    {
        var vm = Calibrated();
        vm.Plug(new SourceSpec { Name = "short", ROhms = 0 });
        var r = vm.Measure(JackType.Se35);
        Assert.AreEqual(MeasurementStatus.Short, r.Status);
        Assert.AreEqual(6, Count(r, MeasurementStatus.Short));
        AssertNoNumbers(r);
    }

    [TestMethod]
    public void DcOffsetAtTheJackReadsDcOffset()
    {
        var vm = Calibrated();
        vm.Plug(SourceSpec.Presets["dc-offset"]);
        var r = vm.Measure(JackType.Se35);
        Assert.AreEqual(MeasurementStatus.DcOffset, r.Legs[0].Status, "first leg sees the 300 mV offset");
        Assert.AreNotEqual(MeasurementStatus.Ok, r.Status);
        AssertNoNumbers(r);
    }

    [TestMethod]
    public void UnpluggingMidMeasurementReadsUnplugged()
    {
        var vm = Calibrated();
        vm.Plug(SourceSpec.Presets["dongle"]);
        vm.Simulator.ScheduleUnplug(vm.Simulator.NowUs + 1_500_000);
        var r = vm.Measure(JackType.Se35);
        Assert.IsTrue(Count(r, MeasurementStatus.Unplugged) >= 1, "a capture spanning the unplug reads Unplugged");
        Assert.AreNotEqual(MeasurementStatus.Ok, r.Status);
        AssertNoNumbers(r);
    }

    [TestMethod]
    public void SignalOutsideTheAdcWindowReadsOverRange()
    {
        // A unit whose sense bias drifted to 0.35 V: the tone leaves the 150–2450 mV window.
        var vm = new VirtualMeter(1, 1, SimTestParameters.Load() with { SenseBiasV = 0.35 });
        Assert.AreEqual(MeasurementStatus.OverRange, vm.Calibrate(JackType.Se35));
    }

    [TestMethod]
    public void MeasuringWithoutCalibrationReadsNotCalibrated()
    {
        var vm = new VirtualMeter(1, 1, SimTestParameters.Load());
        vm.Plug(SourceSpec.Presets["dongle"]);
        var r = vm.Measure(JackType.Se35);
        Assert.AreEqual(MeasurementStatus.NotCalibrated, r.Status);
        Assert.AreEqual(6, Count(r, MeasurementStatus.NotCalibrated));
        AssertNoNumbers(r);
    }
}
