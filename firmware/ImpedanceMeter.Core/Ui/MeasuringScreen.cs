namespace ImpedanceMeter.Core.Ui
{
    /// <summary>Progress of a measurement or calibration step: stage, bar and percent.</summary>
    public static class MeasuringScreen
    {
        /// <summary>Draws the progress screen.</summary>
        public static void Draw(FrameBuffer fb, MeterView v)
        {
            ScreenParts.TitleBar(fb, v.ProgressTitle, HomeScreen.JackName(v.Jack));
            TextPainter.DrawSmallCentered(fb, 14, ScreenParts.Fit(v.ProgressStage, TextPainter.SmallCharsPerLine));
            int percent = v.ProgressPercent < 0 ? 0 : (v.ProgressPercent > 100 ? 100 : v.ProgressPercent);
            fb.DrawRect(4, 26, 120, 10);
            fb.FillRect(6, 28, (116 * percent) / 100, 6, true);
            TextPainter.DrawSmallCentered(fb, 39, percent.ToString() + "%");
            ScreenParts.Footer(fb, "keep source idle");
        }
    }
}
