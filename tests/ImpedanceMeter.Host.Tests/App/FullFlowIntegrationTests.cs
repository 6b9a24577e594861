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
/// measure a capacitor-coupled 3.5 mm source → Result → Curve, with golden screens at each step
/// (Ui/Golden/Flow; regenerate with IMETER_UPDATE_GOLDEN=1).
/// The measurement engine is <see cref="ModelSourceEngine"/>, not meas's ZoutEngine: on the
/// simulator the real engine does not complete a calibration yet (the short standard returns
/// OverRange; see <see cref="RealEngineOnTheSimulatorCalibrates"/>).
/// </summary>
[TestClass]
public class FullFlowIntegrationTests
{
    private sealed class Rig
    {
        public readonly VirtualMeter Meter = new(seed: 0, runSeed: 1);
        public readonly ModelSourceEngine Engine = new();
        public readonly IemLibrary Library = new(4);
        public readonly RecordingDisplay Display = new();
        public readonly QueuedButtons Buttons = new();
        public readonly DictionaryStore Store = new();
        public readonly MeterApp App;
        private readonly SimRandom _draw = new(7);

        public Rig()
        {
            var ports = new AppPorts
            {
                Engine = Engine,
                Analyzer = new VerdictAnalyzer(Library),
                Display = Display,
                Buttons = Buttons,
                Clock = Meter.Simulator.Clock,
                Fixture = Meter.Simulator.Fixture,
                Tone = Meter.Simulator.Tone,
                Sampler = Meter.Simulator.Sampler,
                Store = Store,
                Library = new LibraryPayload(Library),
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
            var fb = new FrameBuffer();
            Array.Copy(Display.Frames[^1], fb.Bytes, FrameBuffer.Size);
            string? problem = GoldenScreens.Compare(Path.Combine("Flow", name), fb);
            Assert.IsNull(problem, problem);
        }
    }

    [TestMethod]
    public void BootPickCalibrateMeasureResultCurve()
    {
        var rig = new Rig();
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

            rig.PlugStandard(standard);
            rig.Press(ButtonEvent.Select);
            Assert.AreNotEqual(ScreenId.Error, app.View.Screen, "calibrating " + standard + ": " + app.View.Error + " " + app.View.ErrorDetail);
        }

        Assert.AreEqual(ScreenId.Home, app.View.Screen);
        var cal = rig.Engine.Calibration;
        Assert.AreEqual(CalibrationHealth.Valid, app.View.Calibration, "open " + cal.HasOpen + " short " + cal.HasShort + " load " + cal.HasLoad + " id " + cal.CalibrationId + " at " + cal.CompletedSeconds + " s, now " + rig.Meter.DeviceSeconds);
        rig.Engine.Plugged = null;
        rig.Engine.SourceROhms = 2;
        rig.Engine.SourceCFarads = 100e-6;
        rig.CursorTo(HomeScreen.RowMeasure);
        int framesBefore = rig.Display.Frames.Count;
        rig.Press(ButtonEvent.Select);
        Assert.AreEqual(ScreenId.Result, app.View.Screen, "measure: " + app.View.Error + " " + app.View.ErrorDetail);
        Assert.IsTrue(rig.Display.Frames.Count - framesBefore > 3, "progress shown while measuring");
        long left = LegValues.MagnitudeMicroOhms(LegValues.Find(app.View.Result, Leg.SeLeft));
        Assert.AreEqual(2_555_979, left, 2, "|2 Ω − j·1.5915 Ω| at 1 kHz");
        Assert.AreNotEqual(VerdictLevel.None, app.View.Match.Verdict);
        rig.ExpectGolden("4-result");

        rig.Press(ButtonEvent.Select);
        Assert.AreEqual(ScreenId.Curve, app.View.Screen);
        rig.ExpectGolden("5-curve");
    }

    [TestMethod]
    public void CalibratingWithTheWrongPlugIsRefusedAndRetried()
    {
        var rig = new Rig();
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
    [Ignore("meas + sim: on VirtualMeter(0, 1) the short standard returns OverRange, so no calibration completes yet; re-enable when it does")]
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
