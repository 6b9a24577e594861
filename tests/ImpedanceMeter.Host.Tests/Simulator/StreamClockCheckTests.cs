using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Sim;

namespace ImpedanceMeter.Host.Tests.Simulator;

/// <summary>
/// DIAG:STREAM? on the virtual meter: scheme (c)'s bring-up check passes on a sound simulated board and catches the two
/// clock faults it is for, an RMT/I2S rate error and a wrong I2S sample mapping (docs/measurement.md §3, risks 4–5).
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class StreamClockCheckTests
{
    private static StreamClockCheck Run(SimParameters p)
    {
        var vm = new VirtualMeter(5, 5, p, stream: true);
        var check = new StreamClockCheck();
        vm.Engine.CheckStreamClock(check);
        return check;
    }

    [TestMethod]
    public void ASoundBoardPasses()
    {
        var c = Run(SimTestParameters.Load());
        Assert.AreEqual(MeasurementStatus.Ok, c.Status);
        Assert.IsTrue(Math.Abs(c.DriftMilliDegreesPerSecond) <= 10, $"drift {c.DriftMilliDegreesPerSecond} m°/s");
        Assert.IsTrue(c.CoherencePpm > 999000, $"coherence {c.CoherencePpm} ppm");
        // The played tone is 90 % of the table (ToneLevelPercent); the bring-up guide's 1117 codes are the full table, ±6 % ADC gain.
        Assert.IsTrue(c.AmplitudeCodes > 800 && c.AmplitudeCodes < 1200, $"open-circuit tone {c.AmplitudeCodes} codes");
        Assert.IsTrue(c.Passed);
    }

    [TestMethod]
    public void ATenPpmRateErrorBetweenTheRmtAndTheStreamIsMeasuredAndFails()
    {
        // 10 ppm at 975.6 Hz: 360° · 975.6 · 1e-5 = 3.512 °/s of drift.
        var c = Run(SimTestParameters.Load() with { RmtClockErrorPpm = 10 });
        Assert.AreEqual(MeasurementStatus.Ok, c.Status);
        Assert.AreEqual(3512, Math.Abs(c.DriftMilliDegreesPerSecond), 3512 * 0.05, $"drift {c.DriftMilliDegreesPerSecond} m°/s");
        Assert.IsFalse(c.Passed);
    }

    [TestMethod]
    public void AWrongSampleMappingMovesTheToneOffItsReferencesAndFails()
    {
        // One DMA sample in two kept instead of one in four: samples every 62 µs (the simulator's clock is whole µs), not 125.
        var c = Run(SimTestParameters.Load() with { StreamTrueSampleUs = 62 });
        Assert.IsTrue(c.Status != MeasurementStatus.Ok || c.CoherencePpm < 500000, $"status {c.Status}, coherence {c.CoherencePpm} ppm");
        Assert.IsFalse(c.Passed);
    }

    [TestMethod]
    public void TheLockStepEngineHasNoStreamToCheck()
    {
        var vm = new VirtualMeter(5, 5, SimTestParameters.Load(), stream: false);
        var check = new StreamClockCheck();
        Assert.AreEqual(MeasurementStatus.Aborted, vm.Engine.CheckStreamClock(check));
        Assert.IsFalse(check.Passed);
    }
}
