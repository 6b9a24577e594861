using System;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Ports;
using ImpedanceMeter.Core.Ui;

namespace ImpedanceMeter.Core.App
{
    /// <summary>
    /// The meter's single worker loop. It owns all state (the <see cref="MeterView"/>), so there
    /// are no locks; each <see cref="Step"/> is short — run a queued measurement, or poll the
    /// serial service once, handle one button event, redraw if anything changed — except a
    /// measurement, which reports progress to the screen as it goes. Any unexpected exception
    /// silences the generator, makes the fixture safe and shows the Internal error screen.
    /// </summary>
    public sealed class MeterApp
    {
        private int _safeStateCount;
        /// <summary>Largest record payload, bytes: 4 user IEMs × 792 B (IemRecordCodec.MaxRecordLength) = 3168 B, and the calibration.</summary>
        public const int MaxRecordPayload = 3200;

        /// <summary>Sleep between idle loop steps, ms (one FreeRTOS tick).</summary>
        public const int IdleSleepMilliseconds = 10;

        private readonly AppPorts _ports;
        private readonly MeterView _view = new MeterView();
        private readonly FrameBuffer _frame = new FrameBuffer();
        private readonly ScreenProgress _progress;
        private readonly PersistentStore _persistent;
        private readonly SettingsPayload _settingsPayload;
        private readonly KeypadNavigator _navigator;
        private readonly MeasurementActions _actions;
        private readonly SerialSync _sync;
        private bool _dirty = true;

        /// <summary>Creates the application over <paramref name="ports"/>; nothing touches hardware until <see cref="Boot"/>.</summary>
        public MeterApp(AppPorts ports)
        {
            _ports = ports;
            _progress = new ScreenProgress(_view, _frame, ports.Display);
            _persistent = new PersistentStore(ports.Store, MaxRecordPayload);
            _settingsPayload = new SettingsPayload(_view.Settings);
            _navigator = new KeypadNavigator(this, _view);
            _actions = new MeasurementActions(this, ports, _progress, _persistent);
            _sync = new SerialSync(this, ports, _persistent);
        }

        /// <summary>The state the screens show (read by tests and the serial adapter).</summary>
        public MeterView View
        {
            get { return _view; }
        }

        /// <summary>The last frame drawn.</summary>
        public FrameBuffer Frame
        {
            get { return _frame; }
        }

        /// <summary>Work queued for the next step.</summary>
        public PendingAction Pending;

        /// <summary>What Select on the Error screen retries.</summary>
        public PendingAction Retry;

        /// <summary>How many times the loop caught an unexpected exception.</summary>
        public int SafeStateCount { get { return _safeStateCount; } }

        /// <summary>Boot: self-test, load stored records, then Home (or stay on the splash screen if a check failed).</summary>
        public void Boot()
        {
            _view.Screen = ScreenId.Splash;
            bool ok = new BootSequence(this, _ports, _persistent, _settingsPayload).Run();
            _view.Jack = _view.Settings.Jack;
            RefreshLibrary();
            _sync.MirrorSelection();
            RefreshCalibration();
            _view.Screen = ok ? ScreenId.Home : ScreenId.Splash;
            Redraw();
        }

        /// <summary>Runs the loop forever (device entry point).</summary>
        public void Run()
        {
            Boot();
            while (true)
            {
                if (!Step())
                {
                    _ports.Clock.Sleep(IdleSleepMilliseconds);
                }
            }
        }

        /// <summary>One loop step; returns true if it did any work (callers sleep when it did not).</summary>
        public bool Step()
        {
            try
            {
                bool worked = false;
                if (Pending != PendingAction.None)
                {
                    _actions.RunPending();
                    worked = true;
                }
                else
                {
                    worked = _ports.Serial != null && _ports.Serial.Poll() && _sync.AfterSerialWork();

                    ButtonEvent e = _ports.Buttons.Poll();
                    if (e != ButtonEvent.None)
                    {
                        _navigator.Handle(e);
                        _dirty = true;
                        worked = true;
                    }
                }

                if (_dirty)
                {
                    Redraw();
                }

                return worked;
            }
            catch (Exception e)
            {
                EnterSafeState(e);
                return true;
            }
        }

        /// <summary>Injection off, relays open, Internal error screen with the exception's message.</summary>
        public void EnterSafeState(Exception e)
        {
            _safeStateCount++;
            Pending = PendingAction.None;
            Retry = PendingAction.None;
            try
            {
                _ports.Tone.Silence();
            }
            catch (Exception)
            {
            }

            try
            {
                _ports.Fixture.Safe();
            }
            catch (Exception)
            {
            }

            ShowError(ErrorKind.Internal, e == null || e.Message == null ? string.Empty : e.Message);
            try
            {
                Redraw();
            }
            catch (Exception)
            {
            }
        }

        /// <summary>Switches to the Error screen.</summary>
        public void ShowError(ErrorKind kind, string detail)
        {
            _view.Screen = ScreenId.Error;
            _view.Error = kind;
            _view.ErrorDetail = detail == null ? string.Empty : detail;
            _dirty = true;
        }

        /// <summary>Tells the serial side which IEM the user picked.</summary>
        public void MirrorSelection()
        {
            _sync.MirrorSelection();
        }

        /// <summary>Asks for a redraw at the end of the current step.</summary>
        public void MarkDirty()
        {
            _dirty = true;
        }

        /// <summary>Saves the settings record; false if storage refused it.</summary>
        public bool SaveSettings()
        {
            bool saved = _persistent.Save(_settingsPayload);
            _persistent.Release();
            return saved;
        }

        /// <summary>Re-reads the selected IEM and re-judges the last result (after a pick or a threshold change).</summary>
        public void RefreshLibrary()
        {
            IMatchAnalyzer a = _ports.Analyzer;
            int count = a.IemCount;
            if (_view.IemNames == null || _view.IemNames.Length != count)
            {
                _view.IemNames = new string[count];
                _view.IemNominals = new int[count];
            }

            for (int i = 0; i < count; i++)
            {
                _view.IemNames[i] = a.IemName(i);
                _view.IemNominals[i] = a.IemNominalMilliOhms(i);
            }

            _view.IemCount = count;
            int selected = _view.Settings.SelectedIem;
            bool valid = selected >= 0 && selected < count;
            _view.IemName = valid ? _view.IemNames[selected] : string.Empty;
            _view.IemNominalMilliOhms = valid ? _view.IemNominals[selected] : 0;
            _view.Match.Clear();
            if (valid && _view.Result != null && _view.Result.Status == MeasurementStatus.Ok)
            {
                a.Analyze(_view.Result, selected, _view.Settings, _view.Match);
            }

            _dirty = true;
        }

        /// <summary>Updates the calibration status from the engine and the age limit.</summary>
        public void RefreshCalibration()
        {
            CalibrationAge.Apply(_ports.Engine.Calibration, _ports.Clock.Microseconds, _view);
            _dirty = true;
        }

        /// <summary>Draws the current screen and sends it to the display.</summary>
        public void Redraw()
        {
            ScreenRenderer.Render(_frame, _view);
            _ports.Display.Show(_frame.Bytes);
            _dirty = false;
        }

    }
}
