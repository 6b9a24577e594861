namespace ImpedanceMeter.Core.Ui
{
    /// <summary>Boot screen: product name, version and the self-test results as they come in.</summary>
    public static class SplashScreen
    {
        /// <summary>Draws the splash screen.</summary>
        public static void Draw(FrameBuffer fb, MeterView v)
        {
            fb.DrawRect(0, 0, FrameBuffer.Width, 22);
            TextPainter.DrawSmallCentered(fb, 3, "ImpedanceMeter");
            TextPainter.DrawSmallCentered(fb, 12, "Zout tester v" + v.Version);
            bool allDone = true;
            bool allPassed = true;
            for (int i = 0; i < MeterView.SelfTestLineCount; i++)
            {
                int y = 24 + (i * 8);
                string label = v.SelfTestText[i];
                if (label == null)
                {
                    allDone = false;
                    continue;
                }

                TextPainter.DrawSmall(fb, 3, y, ScreenParts.Fit(label, 16));
                TextPainter.DrawSmallRight(fb, FrameBuffer.Width - 2, y, v.SelfTestPassed[i] ? "OK" : "FAIL");
                allPassed &= v.SelfTestPassed[i];
            }

            ScreenParts.Footer(fb, !allDone ? "self-test..." : (allPassed ? "SEL: start" : "SEL: continue anyway"));
        }
    }
}
