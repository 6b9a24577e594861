using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Core.Ui
{
    /// <summary>
    /// Guided open → short → load calibration: the step, what to plug for it and the progress
    /// of the three standards (filled box = measured).
    /// </summary>
    public static class CalibrateScreen
    {
        /// <summary>Draws the Calibrate screen for <see cref="MeterView.CalStep"/>.</summary>
        public static void Draw(FrameBuffer fb, MeterView v)
        {
            int step = (int)v.CalStep;
            ScreenParts.TitleBar(fb, "Calibrate " + (step + 1).ToString() + "/3", HomeScreen.JackName(v.Jack));
            string jack = v.Jack == JackType.Bal44 ? "4.4" : "3.5";
            switch (v.CalStep)
            {
                case CalStandard.Open:
                    Lines(fb, "OPEN", "Unplug every cable", "from both jacks.", string.Empty);
                    break;
                case CalStandard.Short:
                    if (v.CalShortInsertions == 0)
                    {
                        Lines(fb, "SHORT", "Plug the SHORT plug", "into the " + jack + " jack.", string.Empty);
                    }
                    else
                    {
                        // Re-insertions are averaged: the plug's contact scatter shrinks by √n.
                        int next = v.CalShortInsertions + 1;
                        Lines(fb, "SHORT " + next.ToString() + "/" + ZoutEngine.ShortInsertions.ToString(), "Pull the SHORT plug", "and plug it again.", string.Empty);
                    }

                    break;
                default:
                    Lines(fb, "LOAD", "Plug the LOAD plug", "into the " + jack + " jack.", "(precision load)");
                    break;
            }

            for (int i = 0; i < 3; i++)
            {
                int x = 88 + (i * 12);
                bool done = (v.CalDoneMask & (1 << i)) != 0;
                if (done)
                {
                    fb.FillRect(x, 12, 9, 9, true);
                }
                else
                {
                    fb.DrawRect(x, 12, 9, 9);
                }

                if (i == step)
                {
                    fb.DrawHLine(x, 23, 9);
                }
            }

            ScreenParts.Footer(fb, "SEL:measure hold:back");
        }

        private static void Lines(FrameBuffer fb, string name, string line1, string line2, string line3)
        {
            TextPainter.DrawSmall(fb, 2, 13, name);
            TextPainter.DrawSmall(fb, 2, 27, line1);
            TextPainter.DrawSmall(fb, 2, 36, line2);
            TextPainter.DrawSmall(fb, 2, 45, line3);
        }
    }
}
