using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Ui;

namespace ImpedanceMeter.Core.App
{
    /// <summary>
    /// The long actions of the worker loop: a measurement (result → verdict → serial stream →
    /// Result screen) and one calibration standard (open → short → load, then save and Home).
    /// Any status other than Ok goes to the Error screen with a retry.
    /// </summary>
    public sealed class MeasurementActions
    {
        private readonly MeterApp _app;
        private readonly AppPorts _ports;
        private readonly ScreenProgress _progress;
        private readonly PersistentStore _persistent;

        /// <summary>Actions of <paramref name="app"/>.</summary>
        public MeasurementActions(MeterApp app, AppPorts ports, ScreenProgress progress, PersistentStore persistent)
        {
            _app = app;
            _ports = ports;
            _progress = progress;
            _persistent = persistent;
        }

        /// <summary>Runs the queued action: measure, or measure one calibration standard.</summary>
        public void RunPending()
        {
            PendingAction action = _app.Pending;
            _app.Pending = PendingAction.None;
            _app.Retry = action;
            _app.View.Screen = ScreenId.Measuring;
            _app.View.ProgressPercent = -1;
            _app.View.ProgressStage = string.Empty;
            _app.View.ProgressTitle = action == PendingAction.Measure ? "Measuring" : "Cal " + CalName(_app.View.CalStep);
            _progress.Report(0, action == PendingAction.Measure ? "starting" : "standard " + ((int)_app.View.CalStep + 1).ToString() + "/3");
            if (action == PendingAction.Measure)
            {
                MeasureOnce();
            }
            else
            {
                CalibrateOnce();
            }

            _app.MarkDirty();
        }

        private void MeasureOnce()
        {
            MeasurementResult result = _ports.Engine.Measure(_app.View.Jack, _progress);
            if (result == null || result.Status != MeasurementStatus.Ok)
            {
                _app.ShowError(ErrorText.FromStatus(result == null ? MeasurementStatus.Aborted : result.Status), FailedLeg(result));
                return;
            }

            _app.View.Result = result;
            _app.RefreshLibrary();
            if (_ports.Serial != null)
            {
                _ports.Serial.PublishResult(result);
            }

            _app.Retry = PendingAction.None;
            _app.View.Screen = ScreenId.Result;
        }

        private void CalibrateOnce()
        {
            MeasurementStatus status = _ports.Engine.Calibrate(_app.View.Jack, _app.View.CalStep, _progress);
            if (status != MeasurementStatus.Ok)
            {
                _app.ShowError(ErrorText.FromStatus(status), "standard " + ((int)_app.View.CalStep + 1).ToString() + "/3");
                return;
            }

            _app.Retry = PendingAction.None;
            if (_app.View.CalStep == CalStandard.Short && ++_app.View.CalShortInsertions < ZoutEngine.ShortInsertions)
            {
                // Pull and re-plug the short: the engine averages consecutive short calibrations (contact scatter / √n).
                _app.View.Screen = ScreenId.Calibrate;
                return;
            }

            _app.View.CalDoneMask |= 1 << (int)_app.View.CalStep;
            if (_app.View.CalStep == CalStandard.Load)
            {
                if (_ports.Calibration != null)
                {
                    _persistent.Save(_ports.Calibration);
                    _persistent.Release();
                }

                _app.RefreshCalibration();
                _app.View.Screen = ScreenId.Home;
                return;
            }

            _app.View.CalStep = _app.View.CalStep == CalStandard.Open ? CalStandard.Short : CalStandard.Load;
            _app.View.Screen = ScreenId.Calibrate;
        }

        private static string CalName(CalStandard standard)
        {
            return standard == CalStandard.Open ? "OPEN" : (standard == CalStandard.Short ? "SHORT" : "LOAD");
        }

        private static string FailedLeg(MeasurementResult result)
        {
            if (result == null || result.Legs == null)
            {
                return string.Empty;
            }

            for (int i = 0; i < result.Legs.Length; i++)
            {
                if (result.Legs[i] != null && result.Legs[i].Status != MeasurementStatus.Ok)
                {
                    return "leg " + LegNames.Short(result.Legs[i].Leg);
                }
            }

            return string.Empty;
        }
    }
}
