using System;
using ImpedanceMeter.Core.Ui;

namespace ImpedanceMeter.Core.App
{
    /// <summary>
    /// Boot checks shown line by line on the splash screen: display, ADC node at mid-scale,
    /// relays toggle, stored records. Each check is guarded: a throwing port fails its line,
    /// never the boot. Damaged or newer-version records are named on the Storage line and
    /// the defaults stay in place.
    /// </summary>
    public sealed class BootSequence
    {
        private readonly MeterApp _app;
        private readonly AppPorts _ports;
        private readonly PersistentStore _persistent;
        private readonly SettingsPayload _settings;

        /// <summary>Boot of <paramref name="app"/> over <paramref name="ports"/>.</summary>
        public BootSequence(MeterApp app, AppPorts ports, PersistentStore persistent, SettingsPayload settings)
        {
            _app = app;
            _ports = ports;
            _persistent = persistent;
            _settings = settings;
        }

        /// <summary>Runs every check; true if all passed.</summary>
        public bool Run()
        {
            var selfTest = new SelfTest(_ports.Fixture, _ports.Tone, _ports.Sampler, _ports.Clock);
            bool ok = Check(0, "Display", CheckDisplay());
            bool adc = Guarded(selfTest, true);
            ok &= Check(1, "ADC mid " + selfTest.LastMeanCode.ToString(), adc);
            ok &= Check(2, "Relays", Guarded(selfTest, false));
            string problem = Combine(Combine(_persistent.Load(_settings), Load(_ports.Calibration)), Load(_ports.Library));
            _persistent.Release();
            ok &= Check(3, problem == null ? "Storage" : problem, problem == null);
            return ok;
        }

        private bool CheckDisplay()
        {
            try
            {
                FrameBuffer frame = _app.Frame;
                frame.FillRect(0, 0, FrameBuffer.Width, FrameBuffer.Height, true);
                _ports.Display.Show(frame.Bytes);
                _app.Redraw();
                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }

        private static bool Guarded(SelfTest test, bool adc)
        {
            try
            {
                return adc ? test.CheckAdcMidScale() : test.CheckRelays();
            }
            catch (Exception)
            {
                return false;
            }
        }

        private bool Check(int line, string label, bool passed)
        {
            _app.View.SelfTestText[line] = label;
            _app.View.SelfTestPassed[line] = passed;
            try
            {
                _app.Redraw();
            }
            catch (Exception)
            {
            }

            return passed;
        }

        private string Load(IRecordPayload part)
        {
            return part == null ? null : _persistent.Load(part);
        }

        private static string Combine(string a, string b)
        {
            return a == null ? b : (b == null ? a : a + ", " + b);
        }
    }
}
