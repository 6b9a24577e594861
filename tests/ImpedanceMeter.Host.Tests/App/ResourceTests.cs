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
        Build(out _, out _); // warm-up: type initialisers and the host runtime's first-use allocations
        const int copies = 6;
        var keep = new List<object>();
        long before = GC.GetTotalMemory(true);
        long bootTransient = 0;
        for (int i = 0; i < copies; i++)
        {
            keep.Add(Build(out bootTransient, out _));
        }

        long resident = (GC.GetTotalMemory(true) - before) / copies;
        GC.KeepAlive(keep);

        var app = Build(out _, out var parts);
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
        for (int i = 0; i < BuiltInIems.Count; i++)
        {
            long beforeParse = GC.GetAllocatedBytesForCurrentThread();
            var p = BuiltInIems.Create(i);
            parse = Math.Max(parse, GC.GetAllocatedBytesForCurrentThread() - beforeParse);
            GC.KeepAlive(p);
        }

        long verdictTransient = parse + oneLeg;
        long peak = resident + Math.Max(bootTransient, verdictTransient) + StaticTablesBytes;
        Console.WriteLine(parts);
        Console.WriteLine("resident " + resident + " B (mean of " + copies + " builds after boot, one IEM parsed); boot transient " + bootTransient + " B; BAL analysis " + analyzeTotal + " B in all, one leg " + oneLeg + " B; parsing one built-in IEM " + parse + " B");
        Console.WriteLine("resident + static " + (resident + StaticTablesBytes) + " B; peak estimate " + peak + " B (resident + largest transient + static tables " + StaticTablesBytes + ")");

        Assert.IsTrue(resident > 0 && oneLeg > 0 && bootTransient > 0 && parse > 0, "measurements ran");
        Assert.IsTrue(resident + StaticTablesBytes < HeapBudgetBytes, "resident + static " + (resident + StaticTablesBytes) + " B, budget " + HeapBudgetBytes + " B");
        Assert.IsTrue(peak < HeapBudgetBytes, "peak estimate " + peak + " B, budget " + HeapBudgetBytes + " B");
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

    private sealed record Device(MeterApp App, VerdictAnalyzer Analyzer, IemLibrary Library, SerialCommandService Serial);

    private static Device Build(out long bootTransient, out string parts)
    {
        var ports = new QuietPorts();
        long a0 = GC.GetAllocatedBytesForCurrentThread();
        var engine = new ZoutEngine(ports, ports, ports, ports, ports, ports, FrontEndConstants.Default());
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
        return new Device(app, analyzer, library, serial);
    }

    private sealed class NullProgress : IProgressSink
    {
        public void Report(int percent, string stage)
        {
        }
    }
}
