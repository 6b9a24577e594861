using ImpedanceMeter.Core.App;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Ports;
using ImpedanceMeter.Core.Ui;
using ImpedanceMeter.Core.Verdict;
using ImpedanceMeter.Host.Tests.Ui;
using ImpedanceMeter.Sim;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ImpedanceMeter.Host.Tests.App;

/// <summary>
/// The whole user flow on the host: the device's application, verdict engine, IEM library,
/// storage and screens, with the physics simulator's ports for the boot self-test. Boot → pick
/// an IEM → calibrate open/short/load (the test plays the user plugging each standard) →
/// measure a 3.5 mm source → Result → Curve, with golden screens at each step (Ui/Golden/Flow;
/// regenerate with IMETER_UPDATE_GOLDEN=1). It runs twice: with meas's real ZoutEngine on the
/// simulated front end (sim's VirtualMeter, the 0.9 Ω "dongle" preset), and with
/// <see cref="ModelSourceEngine"/> (a 2 Ω + 100 µF capacitor-coupled source, exact numbers).
/// </summary>
[TestClass]
public class FullFlowIntegrationTests
{
    private sealed class Rig
    {
        public readonly VirtualMeter Meter = new(seed: 0, runSeed: 1, stream: true); // the device build's acquisition
        public readonly ModelSourceEngine Engine = new();
        public readonly IemLibrary Library = new(4);
        public readonly RecordingDisplay Display = new();
        public readonly QueuedButtons Buttons = new();
        public readonly DictionaryStore Store = new();
        public readonly MeterApp App;
        private readonly SimRandom _draw = new(7);

        public readonly bool Real;

        public Rig(bool realEngine)
        {
            Real = realEngine;
            var ports = new AppPorts
            {
                Engine = realEngine ? Meter.Engine : Engine,
                Analyzer = new VerdictAnalyzer(Library),
                Display = Display,
                Buttons = Buttons,
                Clock = Meter.Simulator.Clock,
                Fixture = Meter.Simulator.Fixture,
                Tone = Meter.Simulator.Tone,
                Sampler = Meter.Simulator.Sampler,
                Store = Store,
                Library = new LibraryPayload(Library),
                Calibration = realEngine ? new CalibrationPayload(Meter.Engine) : null,
            };
            App = new MeterApp(ports);
            Engine.NowSeconds = () => Meter.Simulator.Clock.Microseconds / 1_000_000;
        }

        public void Press(ButtonEvent e)
        {
            Buttons.Pending.Enqueue(e);
            for (int i = 0; i < 10 && App.Step(); i++)
            {
            }
        }

        public void PlugStandard(CalStandard s)
        {
            Meter.Simulator.Plug(JackLoad.ForStandard(s, Meter.Parameters, _draw));
            Engine.Plugged = s;
        }

        public void CursorTo(int row)
        {
            while (App.View.Cursor != row)
            {
                Press(ButtonEvent.Down);
            }
        }

        public void ExpectGolden(string name)
        {
            name = (Real ? "real-" : "model-") + name;
            var fb = new FrameBuffer();
            Array.Copy(Display.Frames[^1], fb.Bytes, FrameBuffer.Size);
            string? problem = GoldenScreens.Compare(Path.Combine("Flow", name), fb);
            Assert.IsNull(problem, problem);
        }
    }

    [TestMethod]
    public void FullFlowWithTheRealEngineOnTheSimulator()
    {
        var rig = new Rig(realEngine: true);
        Flow(rig, () => rig.Meter.Plug(SourceSpec.Presets["dongle"]));
        long left = LegValues.MagnitudeMicroOhms(LegValues.Find(rig.App.View.Result, Leg.SeLeft));
        var model = LegValues.Find(rig.App.View.Result, Leg.SeLeft).Model;
        string fit = "R " + model.RMicroOhms + " µΩ, C " + model.CNanoFarads + " nF, L " + model.LNanoHenries + " nH, valid " + model.IsValid + "; shown " + left + " µΩ";
        Console.WriteLine("real engine on the simulator, dongle (0.9 Ω): " + fit);

        // This checks that the flow shows the engine's number, not the engine's accuracy (meas's
        // benchmarks do that): the simulated dongle is 0.9 Ω, DC-coupled.
        Assert.IsTrue(Math.Abs(left - 900_000) < 90_000, "0.9 Ω within 10 %: " + fit);
        Assert.IsTrue(rig.Store.Blobs.ContainsKey("calibration.a"), "the calibration record was saved");
    }

    [TestMethod]
    public void FullFlowWithTheModelEngine()
    {
        var rig = new Rig(realEngine: false);
        Flow(rig, () =>
        {
            rig.Engine.Plugged = null;
            rig.Engine.SourceROhms = 2;
            rig.Engine.SourceCFarads = 100e-6;
        });
        long left = LegValues.MagnitudeMicroOhms(LegValues.Find(rig.App.View.Result, Leg.SeLeft));
        Assert.AreEqual(2_555_979, left, 2, "|2 Ω − j·1.5915 Ω| at 1 kHz");
    }

    private static void Flow(Rig rig, Action plugSource)
    {
        var app = rig.App;
        app.Boot();
        Assert.AreEqual(ScreenId.Home, app.View.Screen, "self-test on the simulated front end: " + string.Join(" | ", app.View.SelfTestText));
        rig.ExpectGolden("1-home");

        int iem = FindCurvedIem(rig.Library);
        rig.CursorTo(HomeScreen.RowIem);
        rig.Press(ButtonEvent.Select);
        Assert.AreEqual(ScreenId.IemPicker, app.View.Screen);
        while (app.View.Cursor != iem)
        {
            rig.Press(ButtonEvent.Down);
        }

        rig.ExpectGolden("2-picker");
        rig.Press(ButtonEvent.Select);
        Assert.AreEqual(rig.Library.Get(iem).Name, app.View.IemName);

        rig.CursorTo(HomeScreen.RowCalibrate);
        rig.Press(ButtonEvent.Select);
        Assert.AreEqual(ScreenId.Calibrate, app.View.Screen);
        foreach (var standard in new[] { CalStandard.Open, CalStandard.Short, CalStandard.Load })
        {
            Assert.AreEqual(standard, app.View.CalStep);
            if (standard == CalStandard.Short)
            {
                rig.ExpectGolden("3-calibrate-short");
            }

            // The short plug is pulled and plugged ZoutEngine.ShortInsertions times; the engine averages the insertions.
            for (int insertion = 0; insertion < (standard == CalStandard.Short ? ZoutEngine.ShortInsertions : 1); insertion++)
            {
                Assert.AreEqual(standard, app.View.CalStep);
                rig.PlugStandard(standard);
                rig.Press(ButtonEvent.Select);
                Assert.AreNotEqual(ScreenId.Error, app.View.Screen, "calibrating " + standard + ": " + app.View.Error + " " + app.View.ErrorDetail);
            }
        }

        Assert.AreEqual(ScreenId.Home, app.View.Screen);
        var cal = rig.App.View.Calibration == CalibrationHealth.Valid ? null : (rig.Real ? rig.Meter.Engine.Calibration : rig.Engine.Calibration);
        Assert.AreEqual(CalibrationHealth.Valid, app.View.Calibration, cal == null ? string.Empty : "open " + cal.HasOpen + " short " + cal.HasShort + " load " + cal.HasLoad);
        plugSource();
        rig.CursorTo(HomeScreen.RowMeasure);
        int framesBefore = rig.Display.Frames.Count;
        rig.Press(ButtonEvent.Select);
        Assert.AreEqual(ScreenId.Result, app.View.Screen, "measure: " + app.View.Error + " " + app.View.ErrorDetail);
        Assert.IsTrue(rig.Display.Frames.Count - framesBefore > 3, "progress shown while measuring");
        Assert.AreNotEqual(VerdictLevel.None, app.View.Match.Verdict);
        rig.ExpectGolden("4-result");

        rig.Press(ButtonEvent.Select);
        Assert.AreEqual(ScreenId.Curve, app.View.Screen);
        rig.ExpectGolden("5-curve");
    }

    [TestMethod]
    public void CalibratingWithTheWrongPlugIsRefusedAndRetried()
    {
        var rig = new Rig(realEngine: false);
        rig.App.Boot();
        rig.CursorTo(HomeScreen.RowCalibrate);
        rig.Press(ButtonEvent.Select);
        rig.PlugStandard(CalStandard.Short);
        rig.Press(ButtonEvent.Select);
        Assert.AreEqual(ScreenId.Error, rig.App.View.Screen);
        Assert.AreEqual(ErrorKind.OverRange, rig.App.View.Error);
        rig.Press(ButtonEvent.Select);
        Assert.AreEqual(ScreenId.Calibrate, rig.App.View.Screen);
        Assert.AreEqual(CalStandard.Open, rig.App.View.CalStep);
        rig.PlugStandard(CalStandard.Open);
        rig.Press(ButtonEvent.Select);
        Assert.AreEqual(CalStandard.Short, rig.App.View.CalStep);
    }

    [TestMethod]
    public void RealEngineOnTheSimulatorCalibrates()
    {
        var vm = new VirtualMeter(seed: 0, runSeed: 1);
        Assert.AreEqual(MeasurementStatus.Ok, vm.Calibrate(JackType.Se35));
        Assert.IsTrue(vm.Engine.Calibration.IsComplete);
    }

    private static int FindCurvedIem(IemLibrary library)
    {
        for (int i = 0; i < library.Count; i++)
        {
            if (library.Get(i).HasCurve && library.Get(i).Name.Contains("ba", StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        for (int i = 0; i < library.Count; i++)
        {
            if (library.Get(i).HasCurve)
            {
                return i;
            }
        }

        throw new InvalidOperationException("no built-in IEM with a curve");
    }
}
