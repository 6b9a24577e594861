using ImpedanceMeter.Core.App;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Ports;
using ImpedanceMeter.Core.Protocol;
using ImpedanceMeter.Core.Verdict;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ImpedanceMeter.Host.Tests.App;

/// <summary>
/// Resource numbers quoted in firmware/README.md: the acquisition path allocates nothing per
/// sample, and the app's managed heap stays under 40 KB. Resident = live bytes after a full
/// collection (GC.GetTotalMemory(true)) once everything is built and booted and one built-in IEM
/// (the selected one) has been parsed; transient = bytes allocated by one boot, or by parsing
/// another built-in IEM plus one leg's verdict (GetAllocatedBytesForCurrentThread), counted as if
/// none of it were collected. Host bytes over-count the device
/// (16-byte object headers and 8-byte references on x64 against 12 and 4 on the nanoCLR, UTF-16
/// strings against UTF-8), so a host total under the budget is a safe upper bound.
/// </summary>
[TestClass]
[DoNotParallelize]
public class ResourceTests
{
    public const long HeapBudgetBytes = 40 * 1024;

    private sealed class NullLink : ISerialLink
    {
        public int Read(byte[] buffer, int offset, int count) => 0;

        public void Write(byte[] buffer, int offset, int count)
        {
        }
    }

    private sealed class NullButtons : IButtons
    {
        public ButtonEvent Poll() => ButtonEvent.None;
    }

    private sealed class NullDisplay : IDisplay
    {
        public void Show(byte[] frame)
        {
        }
    }

    [TestMethod]
    public void AcquisitionAllocatesNothingPerSample()
    {
        var ports = new QuietPorts();
        var plan = SpotFrequencyPlan.Default();
        var runner = new CaptureRunner(ports, ports, ports, ports, ports, FrontEndConstants.Default(), plan);
        var store = new CaptureStore(4, 4096);
        runner.Take(store, CaptureRole.Unloaded, 0, 0, 0, 0, 256);
        store.Clear();
        long[] allocated = new long[2];
        // 2048 = the longest capture the engine takes (gain-step captures); the acquisition's period room is sized for it.
        int[] samples = { 1024, 2048 };
        for (int k = 0; k < 2; k++)
        {
            store.Clear();
            int readsBefore = ports.Reads;
            long before = GC.GetAllocatedBytesForCurrentThread();
            runner.Take(store, CaptureRole.Unloaded, 0, 0, 0, plan.DefaultIndex, samples[k]);
            allocated[k] = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.IsTrue(ports.Reads - readsBefore >= samples[k], "the capture really sampled");
        }

        Console.WriteLine("acquisition: " + allocated[0] + " B for 1024 samples, " + allocated[1] + " B for 2048 samples");
        Assert.AreEqual(0L, allocated[0], "bytes allocated by a 1024-sample capture");
        Assert.AreEqual(0L, allocated[1], "bytes allocated by a 2048-sample capture");
    }

    [TestMethod]
    public void HeapNumbersForTheReadme()
    {
        // The device's default composition: the stream engine (scheme c).
        var n = HeapNumbers(lockStep: false);

        Assert.IsTrue(n.Resident > 0 && n.OneLeg > 0 && n.BootTransient > 0 && n.Parse > 0, "measurements ran");
        // The walker's host layout of the built graph agrees with the host's own count: its device figure rests on it.
        Assert.AreEqual(n.Resident, n.WalkedHost, 0.1 * n.Resident, "walked host layout against GC.GetTotalMemory");
        Assert.IsTrue(n.Resident + StaticTablesBytes < HeapBudgetBytes, "resident + static " + (n.Resident + StaticTablesBytes) + " B, budget " + HeapBudgetBytes + " B");
        Assert.IsTrue(n.Peak < HeapBudgetBytes, "peak estimate " + n.Peak + " B, budget " + HeapBudgetBytes + " B");
        Assert.IsTrue(n.DevicePeak < HeapBudgetBytes, "nanoCLR peak estimate " + n.DevicePeak + " B, budget " + HeapBudgetBytes + " B");
    }

    [TestMethod]
    public void HeapNumbersOfTheLockStepFallback()
    {
        // DeviceComposition.UseStreamAcquisition = false: printed for firmware/README.md; its store is sized for
        // 1194 periods against the stream's 764.
        var n = HeapNumbers(lockStep: true);
        Assert.IsTrue(n.Resident > 0 && n.DeviceResident > n.Resident / 2, "measurements ran");
        Assert.IsTrue(n.Peak < HeapBudgetBytes, "peak estimate " + n.Peak + " B, budget " + HeapBudgetBytes + " B");
    }

    private sealed record Numbers(long Resident, long WalkedHost, long BootTransient, long Parse, long OneLeg, long Peak, long DeviceResident, long DevicePeak);

    /// <summary>
    /// Resident and peak heap of the built and booted app, on the host (GC counts) and on the nanoCLR's layout
    /// (<see cref="NanoHeapEstimate"/>: the built app's core objects; transients as the larger of the host's allocation
    /// count and the device layout of what they leave alive).
    /// </summary>
    private static Numbers HeapNumbers(bool lockStep)
    {
        Build(out _, out _, lockStep); // warm-up: type initialisers and the host runtime's first-use allocations
        const int copies = 6;
        var keep = new List<object>();
        long before = GC.GetTotalMemory(true);
        long bootTransient = 0;
        for (int i = 0; i < copies; i++)
        {
            keep.Add(Build(out bootTransient, out _, lockStep));
        }

        long resident = (GC.GetTotalMemory(true) - before) / copies;
        GC.KeepAlive(keep);

        var app = Build(out _, out var parts, lockStep);
        var result = new ModelSourceEngine { SourceROhms = 2, SourceCFarads = 100e-6 }.Measure(JackType.Bal44, new NullProgress());
        long beforeAnalyze = GC.GetAllocatedBytesForCurrentThread();
        app.Analyzer.Analyze(result, 1, app.App.View.Settings, app.App.View.Match);
        long analyzeTotal = GC.GetAllocatedBytesForCurrentThread() - beforeAnalyze;

        // VerdictAnalyzer keeps one leg's VerdictResult alive at a time, so the live peak of an
        // analysis is one leg's computation.
        long beforeLeg = GC.GetAllocatedBytesForCurrentThread();
        var one = DeviationEngine.Compute(app.Library.Get(1), ImpedanceMeter.Core.Ui.LegValues.Find(result, Leg.BalLeftDiff), new VerdictSettings());
        long oneLeg = GC.GetAllocatedBytesForCurrentThread() - beforeLeg;
        GC.KeepAlive(one);

        // Built-ins are parsed when selected (the library keeps that one): choosing another IEM
        // parses its record while the previous profile may still be referenced.
        long parse = 0;
        long deviceParse = 0;
        Func<Type, bool> core = t => t.Assembly == typeof(ZoutEngine).Assembly;
        for (int i = 0; i < BuiltInIems.Count; i++)
        {
            long beforeParse = GC.GetAllocatedBytesForCurrentThread();
            var p = BuiltInIems.Create(i);
            parse = Math.Max(parse, GC.GetAllocatedBytesForCurrentThread() - beforeParse);
            deviceParse = Math.Max(deviceParse, NanoHeapEstimate.Bytes(new object[] { p }, core, out _));
        }

        long verdictTransient = parse + oneLeg;
        long peak = resident + Math.Max(bootTransient, verdictTransient) + StaticTablesBytes;

        // The same on the nanoCLR's heap layout: the boot's transient is byte arrays, the same size there.
        long deviceResident = NanoHeapEstimate.Bytes(new object[] { app.App, app.Analyzer, app.Library, app.Serial }, core, out long walkedHost);
        long deviceEngine = NanoHeapEstimate.Bytes(new object[] { app.Engine }, core, out long walkedEngineHost);
        long deviceOneLeg = NanoHeapEstimate.Bytes(new object[] { one }, core, out _);
        long deviceTransient = Math.Max(bootTransient, Math.Max(parse, deviceParse) + Math.Max(oneLeg, deviceOneLeg));
        long devicePeak = deviceResident + deviceTransient + StaticTablesBytes;

        Console.WriteLine(lockStep ? "lock-step engine (fallback)" : "stream engine (default)");
        Console.WriteLine(parts);
        Console.WriteLine("resident " + resident + " B (mean of " + copies + " builds after boot, one IEM parsed); boot transient " + bootTransient + " B; BAL analysis " + analyzeTotal + " B in all, one leg " + oneLeg + " B; parsing one built-in IEM " + parse + " B");
        Console.WriteLine("resident + static " + (resident + StaticTablesBytes) + " B; peak estimate " + peak + " B (resident + largest transient + static tables " + StaticTablesBytes + ")");
        Console.WriteLine("nanoCLR layout: resident " + deviceResident + " B (host layout of the same graph " + walkedHost + " B), of which the engine "
            + deviceEngine + " B (host " + walkedEngineHost + " B); transients: parse " + deviceParse + " B, one leg " + deviceOneLeg + " B; peak " + devicePeak + " B");
        return new Numbers(resident, walkedHost, bootTransient, parse, oneLeg, peak, deviceResident, devicePeak);
    }

    [TestMethod]
    public void AppOwnObjectsStaySmall()
    {
        // The application's own share: MeterApp with its view, frame, navigator, actions,
        // progress sink and settings (not the engine, the library or the serial service).
        var ports = new QuietPorts();
        var appPorts = new AppPorts { Engine = new ZoutEngine(ports, ports, ports, ports, ports, ports, FrontEndConstants.Default()), Store = new DictionaryStore(), Display = new NullDisplay() };
        new MeterApp(appPorts);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var app = new MeterApp(appPorts);
        long own = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine("MeterApp and its objects: " + own + " B");
        GC.KeepAlive(app);
        Assert.IsTrue(own < AppOwnBudgetBytes, "the app's own objects take " + own + " B, budget " + AppOwnBudgetBytes + " B");
    }

    /// <summary>Budget for the app's own objects: the 1 KB frame plus view, menus and state, well inside the 40 KB for everything.</summary>
    public const long AppOwnBudgetBytes = 4 * 1024;

    /// <summary>
    /// Static tables of the core, counted by hand (they are allocated once, before the measured
    /// build): small font 495 B, large font 254 + 14 B, curve bands 31 ints, curve scales 6 ints,
    /// tone plan strings, plus array headers. Rounded up.
    /// </summary>
    public const long StaticTablesBytes = 1200;

    private sealed record Device(MeterApp App, VerdictAnalyzer Analyzer, IemLibrary Library, SerialCommandService Serial, ZoutEngine Engine);

    /// <summary>
    /// Builds and boots the app as DeviceComposition does, over allocation-free ports: the stream engine (scheme c, the
    /// default, <c>DeviceComposition.UseStreamAcquisition</c>) or with <paramref name="lockStep"/> the lock-step engine.
    /// </summary>
    private static Device Build(out long bootTransient, out string parts, bool lockStep = false)
    {
        var ports = new QuietPorts();
        var stream = new QuietStream();
        long a0 = GC.GetAllocatedBytesForCurrentThread();
        var engine = lockStep
            ? new ZoutEngine(ports, ports, ports, ports, ports, ports, FrontEndConstants.Default())
            : new ZoutEngine(stream, stream, ports, ports, ports, FrontEndConstants.Default(), SpotFrequencyPlan.Stream());
        long a1 = GC.GetAllocatedBytesForCurrentThread();
        var library = new IemLibrary(4);
        var analyzer = new VerdictAnalyzer(library);
        long a2 = GC.GetAllocatedBytesForCurrentThread();
        var iems = new IemLibraryAdapter(library);
        var serial = new SerialCommandService(new NullLink(), engine, iems, new DeviceIdentity());
        var app = new MeterApp(new AppPorts
        {
            Engine = engine, Analyzer = analyzer, Display = new NullDisplay(), Buttons = new NullButtons(), Clock = ports, Fixture = ports,
            Tone = ports, Sampler = ports, Store = new DictionaryStore(), Serial = new SerialServiceAdapter(serial, iems),
            Calibration = new CalibrationPayload(engine), Library = new LibraryPayload(library),
        });
        long a3 = GC.GetAllocatedBytesForCurrentThread();
        app.Boot();
        bootTransient = GC.GetAllocatedBytesForCurrentThread() - a3;
        library.Get(0); // the selected IEM's profile, which the library keeps once a verdict has used it
        parts = "allocated while building: engine " + (a1 - a0) + " B, library + analyzer " + (a2 - a1) + " B (built-in names and nominals; curves parsed on demand), serial + app " + (a3 - a2) + " B; boot " + bootTransient + " B";
        return new Device(app, analyzer, library, serial, engine);
    }

    private sealed class NullProgress : IProgressSink
    {
        public void Report(int percent, string stage)
        {
        }
    }
}
