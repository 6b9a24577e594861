using System.Numerics;
using System.Text.Json;
using ImpedanceMeter.Cli.Commands;
using ImpedanceMeter.Core.Dsp;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Sim;

namespace ImpedanceMeter.Host.Tests.Simulator;

/// <summary>
/// The engine's scheme (c) on the virtual meter: RMT tone and I2S ADC stream, tone-matched magnitudes. Accuracy here is one
/// instrument's reading against the target; the statistics over instruments are the bench's (docs/measurement.md §5.5).
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class StreamEngineTests
{
    private static VirtualMeter Calibrated(SimParameters? p = null)
    {
        var vm = new VirtualMeter(1, 1, p ?? SimTestParameters.Load(), stream: true);
        Assert.AreEqual(MeasurementStatus.Ok, vm.Calibrate(JackType.Se35), "calibration: " + vm.Engine.CalibrationFailure);
        return vm;
    }

    [TestMethod]
    [DataRow("dongle")]
    [DataRow("cap-coupled")]
    [DataRow("tube")]
    public void PresetsMeasureWithinTheTargetAtEveryFrequency(string preset)
    {
        var vm = Calibrated();
        var src = SourceSpec.Presets[preset];
        vm.Plug(src);
        var r = vm.Measure(JackType.Se35);
        Assert.AreEqual(MeasurementStatus.Ok, r.Status);
        double[] expectedHz = [97.561, 195.122, 487.805, 975.610];
        foreach (var leg in r.Legs)
        {
            for (int f = 0; f < leg.Points.Length; f++)
            {
                var p = leg.Points[f];
                double hz = p.FrequencyMilliHertz / 1000.0;
                Assert.AreEqual(expectedHz[f], hz, 0.001, "crystal-defined tone");
                Complex truth = src.Zout(hz, (int)leg.Leg);
                var z = new Complex(p.ReMicroOhms * 1e-6, p.ImMicroOhms * 1e-6);
                double allowed = (0.005 * truth.Magnitude) + 0.005;
                Assert.IsTrue((z.Magnitude - truth.Magnitude) is var e && Math.Abs(e) <= allowed, $"{preset} {leg.Leg} {hz:F1} Hz: |Z| {z.Magnitude:F4} vs {truth.Magnitude:F4} Ω");
                double phaseError = (z.Phase - truth.Phase) * 180 / Math.PI;
                Assert.IsTrue(Math.Abs(phaseError) <= 0.5, $"{preset} {leg.Leg} {hz:F1} Hz: phase off by {phaseError:F2}°");
            }
        }

        Assert.IsTrue(r.DeviceMicroseconds * 1e-6 / (2 * vm.Engine.Plan.Count) < 1.1, "about 1 s of device time per leg and frequency");
    }

    [TestMethod]
    public void AnalyzeReproducesAStreamCaptureBitExactly()
    {
        string dir = Path.Combine(Path.GetTempPath(), "imeter-stream-" + Guid.NewGuid().ToString("N"));
        var oldOut = Console.Out;
        try
        {
            Console.SetOut(new StringWriter());
            Assert.AreEqual(0, SimulateCommand.Run("cap-coupled", "bal44", 2, json: false, captureDir: dir, schemeText: "stream"));
            var file = Directory.GetFiles(dir).Single();
            string text = File.ReadAllText(file);
            StringAssert.Contains(text, "DEVICE,scheme=stream,");
            StringAssert.Contains(text, ",sample_us=125");
            StringAssert.Contains(text, "BLOCK,role=matched,");
            var output = new StringWriter();
            Console.SetOut(output);
            Assert.AreEqual(0, AnalyzeCommand.Run(file, json: true));
            var root = JsonDocument.Parse(output.ToString()).RootElement;
            Assert.IsTrue(root.GetProperty("all_bit_exact").GetBoolean());
        }
        finally
        {
            Console.SetOut(oldOut);
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, true);
            }
        }
    }

    [TestMethod]
    public void ConsecutiveShortCalibrationsCountAsInsertionsUntilAnotherStandard()
    {
        var vm = new VirtualMeter(1, 1, SimTestParameters.Load(), stream: true);
        var p = vm.Parameters;
        var standards = new SimRandom(7);
        vm.Simulator.Plug(JackLoad.ForStandard(CalStandard.Open, p, standards));
        Assert.AreEqual(MeasurementStatus.Ok, vm.Engine.Calibrate(JackType.Se35, CalStandard.Open, null!));
        Assert.AreEqual(0, vm.Engine.ShortInsertionsDone);
        for (int i = 1; i <= ZoutEngine.ShortInsertions; i++)
        {
            vm.Simulator.Plug(JackLoad.ForStandard(CalStandard.Short, p, standards)); // new contact resistances
            Assert.AreEqual(MeasurementStatus.Ok, vm.Engine.Calibrate(JackType.Se35, CalStandard.Short, null!));
            Assert.AreEqual(i, vm.Engine.ShortInsertionsDone, "insertion i is averaged with the i − 1 before it (OslCalibration.AverageStandard, ShortAveragingTests)");
        }

        vm.Simulator.Plug(JackLoad.ForStandard(CalStandard.Load, p, standards));
        Assert.AreEqual(MeasurementStatus.Ok, vm.Engine.Calibrate(JackType.Se35, CalStandard.Load, null!));
        Assert.AreEqual(0, vm.Engine.ShortInsertionsDone, "another standard ends the run of shorts");
    }

    [TestMethod]
    [DataRow("tube")]
    [DataRow("dap")]
    public void BalancedSourcesThatChangeRangeFitTheCaptureStore(string preset)
    {
        // 120 Ω and 0.2 Ω leave the 10 Ω preview range: the preview range's unloaded reference is then dropped, so each
        // point keeps one reference, the loaded capture and its matched capture, on four legs (a store sized for three
        // references per point had aborted the last leg before; one per point is what the store is now sized for).
        var vm = new VirtualMeter(1, 1, SimTestParameters.Load(), stream: true);
        Assert.AreEqual(MeasurementStatus.Ok, vm.Calibrate(JackType.Bal44));
        vm.Plug(SourceSpec.Presets[preset]);
        var r = vm.Measure(JackType.Bal44);
        Assert.AreEqual(MeasurementStatus.Ok, r.Status, string.Join(" ", r.Legs.SelectMany(l => l.Points).Select(p => p.Status)));
        // Four measured legs and the two differential ones computed from them, every point a number.
        Assert.AreEqual(6 * vm.Engine.Plan.Count, r.Legs.Sum(l => l.Points.Count(p => p.Status == MeasurementStatus.Ok)));
        var store = vm.Engine.LastCaptures;
        var headers = store.Headers.Take(store.Count).ToArray();
        int points = 4 * vm.Engine.Plan.Count;
        Assert.AreEqual(points, headers.Count(h => h.Role == CaptureRole.Unloaded), "one unloaded reference per point");
        Assert.AreEqual(points, headers.Count(h => h.Role == CaptureRole.Loaded), "one loaded capture per point");
        foreach (var loaded in headers.Where(h => h.Role == CaptureRole.Loaded))
        {
            Assert.IsTrue(headers.Any(h => h.Role == CaptureRole.Unloaded && h.Range == loaded.Range && h.Session == loaded.Session && h.Cycles == loaded.Cycles),
                "each loaded capture keeps the reference of its own range and session");
        }
    }

    private sealed class ProgressLog : IProgressSink
    {
        public List<string> Texts { get; } = [];

        public void Report(int percent, string text) => Texts.Add(text);
    }

    [TestMethod]
    public void ProgressNamesEachStreamPointByItsToneInHertz()
    {
        var vm = Calibrated();
        vm.Plug(SourceSpec.Presets["dongle"]);
        var log = new ProgressLog();
        vm.Measure(JackType.Se35, log);
        // All four stream entries have 82-sample records, so "N82" would not tell them apart.
        CollectionAssert.AreEqual(new[] { "L idle", "L 97Hz", "L 195Hz", "L 487Hz", "L 975Hz", "R idle", "R 97Hz", "R 195Hz", "R 487Hz", "R 975Hz", "done" }, log.Texts);
    }

    [TestMethod]
    public void AnUnknownSchemeIsOneLineAndNothingRuns()
    {
        var oldErr = Console.Error;
        var err = new StringWriter();
        try
        {
            Console.SetError(err);
            Assert.AreEqual(1, SimulateCommand.Run("dongle", "se35", 1, json: false, captureDir: null, schemeText: "warp"));
        }
        finally
        {
            Console.SetError(oldErr);
        }

        Assert.AreEqual("imeter simulate: unknown scheme 'warp' (use lockstep or stream)", err.ToString().TrimEnd('\n'));
    }

    [TestMethod]
    public void AReaderSlowerThanTheStreamAbortsInsteadOfMeasuring()
    {
        // 200 µs of managed work per 125 µs sample: the DMA ring overflows, samples are lost and the phase with them.
        var vm = new VirtualMeter(1, 1, SimTestParameters.Load() with { StreamPerSampleUs = 200 }, stream: true);
        Assert.AreEqual(MeasurementStatus.Aborted, vm.Calibrate(JackType.Se35));
        StringAssert.Contains(vm.Engine.CalibrationFailure, "overrun");
        Assert.IsTrue(vm.Simulator.Hardware.Overrun);
    }

    [TestMethod]
    public void TheSimulatedHardwareRefusesWhatTheDeviceCannotDo()
    {
        var m = new SimulatedMeter(SimTestParameters.Load(), 1, 1);
        m.Stream.Start();
        // ADC1 single reads while the I2S ADC runs (DESIGN.md §3) and DAC writes to a pin the RMT drives are core bugs here.
        Assert.ThrowsExactly<InvalidOperationException>(() => m.DcMonitor.Read());
        Assert.ThrowsExactly<InvalidOperationException>(() => m.Sampler.Read());
        m.Stream.Stop();
        m.ToneGenerator.Start(new byte[52], 1025);
        Assert.ThrowsExactly<InvalidOperationException>(() => m.Tone.Write(128));
        Assert.ThrowsExactly<ArgumentException>(() => m.ToneGenerator.Start(new byte[512], 10250));
    }

    [TestMethod]
    public void TheStreamKeepsCrystalTimeWhileTheReaderStalls()
    {
        // Samples are taken every 125 µs whatever the managed reader does: read 800 samples, sleep 50 ms
        // (a GC pause's worth), read again; the sample count, not the clock, says where in the tone a sample is.
        var m = new SimulatedMeter(SimTestParameters.Load() with { JitterFraction = 0, GcMeanIntervalMs = 1e12 }, 1, 1);
        m.Stream.Start();
        var buffer = new int[800];
        Assert.IsTrue(m.Stream.Read(buffer, 800));
        long taken = m.Hardware.SamplesTaken;
        m.Clock.Sleep(50);
        Assert.IsTrue(m.Hardware.SamplesTaken - taken >= 400, "the DMA kept sampling during the stall");
        Assert.IsTrue(m.Stream.Read(buffer, 800));
        Assert.AreEqual(1600, m.Hardware.ReadIndex);
        Assert.IsFalse(m.Hardware.Overrun);
    }

    [TestMethod]
    public void StreamAcquisitionAllocatesNothingPerSample()
    {
        var m = new SimulatedMeter(SimTestParameters.Load() with { JitterFraction = 0, GcMeanIntervalMs = 1e12 }, 1, 1);
        m.Plug(JackLoad.ForSource(new SourceSpec { ROhms = 1 }));
        var acquisition = new StreamAcquisition(m.Stream, m.Clock, 82, 300);
        var references = new RecordReferences(82, 10);
        m.Stream.Start();
        acquisition.StreamStarted();

        long Run(int records)
        {
            var store = new CaptureStore(1, records);
            var h = store.Headers[store.Reserve(records)];
            h.Steps = 82;
            h.Cycles = 10;
            long before = GC.GetAllocatedBytesForCurrentThread();
            acquisition.Run(store, h, references, 1);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Run(50); // warm-up: JIT, simulator caches
        long small = Run(20);
        long large = Run(220);
        Assert.IsTrue(large - small < 1024, $"{large - small} bytes for 16 400 more samples");
    }
}
