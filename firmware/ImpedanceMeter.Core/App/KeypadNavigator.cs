using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Ports;
using ImpedanceMeter.Core.Ui;

namespace ImpedanceMeter.Core.App
{
    /// <summary>
    /// What each button does on each screen (firmware/README.md, "Button map"): Up/Down move
    /// or change, Select (short press) opens or confirms, Back (Select held ≥ 0.8 s) leaves.
    /// Long work is never run here: it is queued as <see cref="MeterApp.Pending"/>.
    /// </summary>
    public sealed class KeypadNavigator
    {
        private readonly MeterApp _app;
        private readonly MeterView _view;
        private readonly SettingsEditor _editor;

        /// <summary>Navigator for <paramref name="app"/>, editing <paramref name="view"/>.</summary>
        public KeypadNavigator(MeterApp app, MeterView view)
        {
            _app = app;
            _view = view;
            _editor = new SettingsEditor(view);
        }

        /// <summary>Applies one button event to the current screen.</summary>
        public void Handle(ButtonEvent e)
        {
            switch (_view.Screen)
            {
                case ScreenId.Splash:
                    if (e == ButtonEvent.Select || e == ButtonEvent.Back)
                    {
                        GoHome(0);
                    }

                    break;
                case ScreenId.Home: Home(e); break;
                case ScreenId.IemPicker: Picker(e); break;
                case ScreenId.Result:
                case ScreenId.Curve:
                    ResultOrCurve(e);
                    break;
                case ScreenId.Calibrate:
                    if (e == ButtonEvent.Select)
                    {
                        _app.Pending = PendingAction.CalibrateStep;
                    }
                    else if (e == ButtonEvent.Back)
                    {
                        GoHome(HomeScreen.RowCalibrate);
                    }

                    break;
                case ScreenId.Settings: Settings(e); break;
                case ScreenId.Error: Error(e); break;
                default: break;
            }
        }

        private void ResultOrCurve(ButtonEvent e)
        {
            bool onResult = _view.Screen == ScreenId.Result;
            if (e == ButtonEvent.Back)
            {
                if (onResult)
                {
                    GoHome(HomeScreen.RowMeasure);
                }
                else
                {
                    _view.Screen = ScreenId.Result;
                }
            }
            else if (e == ButtonEvent.Select)
            {
                _view.Screen = onResult ? ScreenId.Curve : ScreenId.Result;
            }
        }

        private void Home(ButtonEvent e)
        {
            if (e == ButtonEvent.Up || e == ButtonEvent.Down)
            {
                _view.Cursor = Wrap(_view.Cursor + (e == ButtonEvent.Up ? -1 : 1), HomeScreen.RowCount);
                return;
            }

            if (e != ButtonEvent.Select)
            {
                return;
            }

            switch (_view.Cursor)
            {
                case HomeScreen.RowMeasure:
                    if (_view.Calibration == CalibrationHealth.Missing)
                    {
                        _app.ShowError(ErrorKind.CalibrationMissing, string.Empty);
                    }
                    else if (_view.Calibration == CalibrationHealth.Expired)
                    {
                        _app.ShowError(ErrorKind.CalibrationExpired, _view.CalibrationAgeDays.ToString() + " days old");
                    }
                    else
                    {
                        _app.Pending = PendingAction.Measure;
                    }

                    break;
                case HomeScreen.RowIem:
                    _view.Screen = ScreenId.IemPicker;
                    _view.Cursor = _view.Settings.SelectedIem >= 0 && _view.Settings.SelectedIem < _view.IemCount ? _view.Settings.SelectedIem : 0;
                    _view.Scroll = ScrollFor(_view.Cursor, 0);
                    break;
                case HomeScreen.RowJack:
                    _view.Jack = _view.Jack == JackType.Se35 ? JackType.Bal44 : JackType.Se35;
                    _view.Settings.Jack = _view.Jack;
                    _view.Result = null;
                    _app.SaveSettings();
                    _app.RefreshLibrary();
                    break;
                case HomeScreen.RowCalibrate:
                    StartCalibration();
                    break;
                default:
                    _view.Screen = ScreenId.Settings;
                    _view.Cursor = 0;
                    _view.Editing = false;
                    break;
            }
        }

        private void Picker(ButtonEvent e)
        {
            if (e == ButtonEvent.Back || _view.IemCount == 0)
            {
                GoHome(HomeScreen.RowIem);
                return;
            }

            if (e == ButtonEvent.Up || e == ButtonEvent.Down)
            {
                _view.Cursor = Wrap(_view.Cursor + (e == ButtonEvent.Up ? -1 : 1), _view.IemCount);
                _view.Scroll = ScrollFor(_view.Cursor, _view.Scroll);
            }
            else if (e == ButtonEvent.Select)
            {
                _view.Settings.SelectedIem = _view.Cursor;
                _app.SaveSettings();
                _app.MirrorSelection();
                _app.RefreshLibrary();
                GoHome(HomeScreen.RowMeasure);
            }
        }

        private void Settings(ButtonEvent e)
        {
            if (_editor.Handle(e, _app))
            {
                GoHome(HomeScreen.RowSettings);
            }
        }

        private void Error(ButtonEvent e)
        {
            if (e == ButtonEvent.Back)
            {
                GoHome(HomeScreen.RowMeasure);
                return;
            }

            if (e != ButtonEvent.Select)
            {
                return;
            }

            if (_view.Error == ErrorKind.CalibrationMissing || _view.Error == ErrorKind.CalibrationExpired)
            {
                StartCalibration();
            }
            else if (_app.Retry == PendingAction.Measure)
            {
                _app.Pending = PendingAction.Measure;
            }
            else if (_app.Retry == PendingAction.CalibrateStep)
            {
                _view.Screen = ScreenId.Calibrate;
            }
            else
            {
                GoHome(HomeScreen.RowMeasure);
            }
        }

        private void StartCalibration()
        {
            _view.Screen = ScreenId.Calibrate;
            _view.CalStep = CalStandard.Open;
            _view.CalDoneMask = 0;
            _view.CalShortInsertions = 0;
        }

        private void GoHome(int row)
        {
            _view.Screen = ScreenId.Home;
            _view.Cursor = row;
            _view.Editing = false;
        }

        /// <summary>Steps a cursor through 0..count-1 with wrap-around.</summary>
        public static int Wrap(int value, int count)
        {
            return count <= 0 ? 0 : (value < 0 ? count - 1 : (value >= count ? 0 : value));
        }

        private static int ScrollFor(int cursor, int scroll)
        {
            if (cursor < scroll)
            {
                return cursor;
            }

            return cursor >= scroll + IemPickerScreen.VisibleRows ? cursor - IemPickerScreen.VisibleRows + 1 : scroll;
        }
    }
}
