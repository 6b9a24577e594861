using ImpedanceMeter.Core.App;
using ImpedanceMeter.Core.Ports;
using ImpedanceMeter.Core.Tests.Storage;

namespace ImpedanceMeter.Core.Tests.App
{
    /// <summary>A <see cref="MeterApp"/> wired to fakes, with helpers to press buttons and step the loop.</summary>
    public sealed class AppHarness
    {
        public readonly FakeEngine Engine = new FakeEngine();
        public readonly FakeAnalyzer Analyzer = new FakeAnalyzer();
        public readonly FakeDisplay Display = new FakeDisplay();
        public readonly ScriptedButtons Buttons = new ScriptedButtons();
        public readonly FakeClock Clock = new FakeClock();
        public readonly FakeFixture Fixture = new FakeFixture();
        public readonly FakeTone Tone = new FakeTone();
        public readonly FakeSampler Sampler = new FakeSampler();
        public readonly MemoryStore Store;
        public readonly FakeSerial Serial = new FakeSerial();
        public readonly MeterApp App;

        public AppHarness()
            : this(new MemoryStore())
        {
        }

        public AppHarness(MemoryStore store)
        {
            Store = store;
            var ports = new AppPorts();
            ports.Engine = Engine;
            ports.Analyzer = Analyzer;
            ports.Display = Display;
            ports.Buttons = Buttons;
            ports.Clock = Clock;
            ports.Fixture = Fixture;
            ports.Tone = Tone;
            ports.Sampler = Sampler;
            ports.Store = store;
            ports.Serial = Serial;
            App = new MeterApp(ports);
        }

        /// <summary>Presses one button and steps the loop until it is idle (queued work included).</summary>
        public void Press(ButtonEvent e)
        {
            Buttons.Press(e);
            Settle();
        }

        /// <summary>Steps until a step does no work (at most 10 steps).</summary>
        public void Settle()
        {
            for (int i = 0; i < 10 && App.Step(); i++)
            {
            }
        }

        /// <summary>Runs open, short (<see cref="ImpedanceMeter.Core.Measurement.ZoutEngine.ShortInsertions"/> insertions) and load from the Home screen with the cursor on Calibrate.</summary>
        public void CalibrateFromHome()
        {
            while (App.View.Cursor != ImpedanceMeter.Core.Ui.HomeScreen.RowCalibrate)
            {
                Press(ButtonEvent.Down);
            }

            Press(ButtonEvent.Select);
            Press(ButtonEvent.Select);
            for (int i = 0; i < ImpedanceMeter.Core.Measurement.ZoutEngine.ShortInsertions; i++)
            {
                Press(ButtonEvent.Select);
            }

            Press(ButtonEvent.Select);
        }
    }
}
