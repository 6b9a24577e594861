using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Ports;
using ImpedanceMeter.Core.Ui;

namespace ImpedanceMeter.Core.App
{
    /// <summary>
    /// Shows the engine's progress on the Measuring screen while the engine runs (the worker
    /// loop is inside the engine call then). Redraws only when the percent or the stage changes.
    /// </summary>
    public sealed class ScreenProgress : IProgressSink
    {
        private readonly MeterView _view;
        private readonly FrameBuffer _frame;
        private readonly IDisplay _display;

        /// <summary>Number of frames shown so far (tests read it).</summary>
        public int FramesShown;

        /// <summary>Draws into <paramref name="frame"/> from <paramref name="view"/> and shows it on <paramref name="display"/>.</summary>
        public ScreenProgress(MeterView view, FrameBuffer frame, IDisplay display)
        {
            _view = view;
            _frame = frame;
            _display = display;
        }

        /// <summary>Updates the progress screen.</summary>
        public void Report(int percent, string stage)
        {
            if (percent == _view.ProgressPercent && (object)stage == (object)_view.ProgressStage)
            {
                return;
            }

            _view.ProgressPercent = percent;
            _view.ProgressStage = stage == null ? string.Empty : stage;
            ScreenRenderer.Render(_frame, _view);
            _display.Show(_frame.Bytes);
            FramesShown++;
        }
    }
}
