namespace ImpedanceMeter.Core.Ui
{
    /// <summary>Warning icon, what happened and what to do, with the retry/home hint.</summary>
    public static class ErrorScreen
    {
        /// <summary>Draws the Error screen for <see cref="MeterView.Error"/>.</summary>
        public static void Draw(FrameBuffer fb, MeterView v)
        {
            Icons.DrawWarning(fb, 0, 0);
            TextPainter.DrawSmall(fb, Icons.Size + 4, 4, ErrorText.Title(v.Error));
            for (int i = 0; i < ErrorText.LineCount; i++)
            {
                TextPainter.DrawSmall(fb, 0, 19 + (i * ScreenParts.RowPitch), ErrorText.Line(v.Error, i));
            }

            if (v.ErrorDetail != null && v.ErrorDetail.Length > 0)
            {
                TextPainter.DrawSmall(fb, 0, 46, ScreenParts.Fit(v.ErrorDetail, TextPainter.SmallCharsPerLine));
            }

            bool fatal = v.Error == ErrorKind.Internal || v.Error == ErrorKind.SelfTestFailed;
            ScreenParts.Footer(fb, fatal ? "SEL: home (safe)" : "SEL:retry hold:home");
        }
    }
}
