using ImpedanceMeter.Core.Ports;
using ImpedanceMeter.Core.Storage;
using ImpedanceMeter.Core.Ui;

namespace ImpedanceMeter.Core.App
{
    /// <summary>
    /// Changes one setting per Up/Down press within its limits, keeping transparent ≤ minor;
    /// <see cref="Revert"/> restores the value from before <see cref="Begin"/>.
    /// </summary>
    public sealed class SettingsEditor
    {
        /// <summary>Threshold step per press, milli-dB.</summary>
        public const int ThresholdStepMilliDb = 100;

        private readonly MeterView _view;
        private readonly MeterSettings _before = new MeterSettings();

        /// <summary>Editor of <paramref name="view"/>'s settings.</summary>
        public SettingsEditor(MeterView view)
        {
            _view = view;
        }

        /// <summary>Remembers the settings so that Back can undo the edit.</summary>
        public void Begin()
        {
            _before.CopyFrom(_view.Settings);
        }

        /// <summary>Undoes changes since <see cref="Begin"/>.</summary>
        public void Revert()
        {
            _view.Settings.CopyFrom(_before);
        }

        /// <summary>Applies a button on the Settings screen; returns true when the user leaves it (Back, not editing).</summary>
        public bool Handle(ButtonEvent e, MeterApp app)
        {
            if (_view.Editing)
            {
                if (e == ButtonEvent.Up || e == ButtonEvent.Down)
                {
                    Change(_view.Cursor, e == ButtonEvent.Up ? 1 : -1);
                }
                else if (e == ButtonEvent.Select)
                {
                    _view.Editing = false;
                    app.SaveSettings();
                    app.RefreshLibrary();
                    app.RefreshCalibration();
                }
                else if (e == ButtonEvent.Back)
                {
                    Revert();
                    _view.Editing = false;
                }

                return false;
            }

            if (e == ButtonEvent.Up || e == ButtonEvent.Down)
            {
                _view.Cursor = KeypadNavigator.Wrap(_view.Cursor + (e == ButtonEvent.Up ? -1 : 1), SettingsScreen.RowCount);
            }
            else if (e == ButtonEvent.Select)
            {
                Begin();
                _view.Editing = true;
            }

            return e == ButtonEvent.Back;
        }

        /// <summary>Moves setting <paramref name="row"/> one step up (+1) or down (−1).</summary>
        public void Change(int row, int direction)
        {
            MeterSettings s = _view.Settings;
            switch (row)
            {
                case SettingsScreen.RowTransparent:
                    s.TransparentMilliDb = Clamp(s.TransparentMilliDb + (direction * ThresholdStepMilliDb), 100, s.MinorMilliDb);
                    break;
                case SettingsScreen.RowMinor:
                    s.MinorMilliDb = Clamp(s.MinorMilliDb + (direction * ThresholdStepMilliDb), s.TransparentMilliDb, 6000);
                    break;
                case SettingsScreen.RowTones:
                    s.TonePlan = Cycle(s.TonePlan + direction, MeterSettings.TonePlans.Length);
                    break;
                case SettingsScreen.RowUnits:
                    s.Units = (UnitMode)Cycle((int)s.Units + direction, 3);
                    break;
                default:
                    int step = s.CalibrationMaxAgeDays + direction < 14 ? 1 : 7;
                    s.CalibrationMaxAgeDays = Clamp(s.CalibrationMaxAgeDays + (direction * step), 1, 365);
                    break;
            }
        }

        private static int Clamp(int v, int min, int max)
        {
            return v < min ? min : (v > max ? max : v);
        }

        private static int Cycle(int v, int count)
        {
            return v < 0 ? count - 1 : (v >= count ? 0 : v);
        }
    }
}
