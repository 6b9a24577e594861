using ImpedanceMeter.Core.Text;

namespace ImpedanceMeter.Core.Ui
{
    /// <summary>
    /// The predicted deviation (re 1 kHz) on the selected IEM, 31 third-octave points from
    /// 20 Hz to 20 kHz on a log axis, with an automatic ± scale of 0.5, 1, 2, 5, 10 or 20 dB.
    /// </summary>
    public static class CurveScreen
    {
        /// <summary>Left edge of the plot, pixels.</summary>
        public const int PlotLeft = 16;

        /// <summary>Plot width minus one, pixels: band i sits at PlotLeft + i·PlotSpan/30.</summary>
        public const int PlotSpan = 111;

        /// <summary>Y of the 0 dB line.</summary>
        public const int ZeroY = 31;

        /// <summary>Pixels from the 0 dB line to full scale.</summary>
        public const int HalfHeight = 20;

        private static readonly int[] ScalesMilliDb = TableText.Ints("500,1000,2000,5000,10000,20000");

        /// <summary>Draws the Curve screen from <see cref="MeterView.Match"/>.</summary>
        public static void Draw(FrameBuffer fb, MeterView v)
        {
            MatchReport m = v.Match;
            int scale = ScaleFor(m.CurveMilliDb);
            TextPainter.DrawSmall(fb, 0, 0, "\u00B1" + FixedFormat.Format(scale, 3, 1) + "dB");
            if (m.FromModel)
            {
                TextPainter.DrawSmallCentered(fb, 0, "model");
            }

            TextPainter.DrawSmallRight(fb, FrameBuffer.Width, 0, "pp" + Units.Decibels(m.DeviationMilliDb));
            TextPainter.DrawSmall(fb, 4, ZeroY - HalfHeight - 1, "+");
            TextPainter.DrawSmall(fb, 4, ZeroY - 3, "0");
            TextPainter.DrawSmall(fb, 4, ZeroY + HalfHeight - 6, "-");
            fb.DrawVLine(PlotLeft - 2, ZeroY - HalfHeight, (2 * HalfHeight) + 1);
            fb.DrawDottedHLine(PlotLeft, ZeroY, PlotSpan + 1, 3);
            fb.DrawDottedHLine(PlotLeft, ZeroY - HalfHeight, PlotSpan + 1, 6);
            fb.DrawDottedHLine(PlotLeft, ZeroY + HalfHeight, PlotSpan + 1, 6);
            Tick(fb, 0, "20", false);
            Tick(fb, 7, "100", true);
            Tick(fb, 17, "1k", true);
            Tick(fb, 27, "10k", true);
            if (m.Verdict == VerdictLevel.None)
            {
                TextPainter.DrawSmallCentered(fb, ZeroY - 12, "no curve yet");
                return;
            }

            int prevX = X(0);
            int prevY = Y(m.CurveMilliDb[0], scale);
            for (int i = 1; i < CurveBands.Count; i++)
            {
                int x = X(i);
                int y = Y(m.CurveMilliDb[i], scale);
                fb.DrawLine(prevX, prevY, x, y);
                fb.DrawLine(prevX, prevY + 1, x, y + 1);
                prevX = x;
                prevY = y;
            }
        }

        /// <summary>Smallest full scale (milli-dB) that holds every point of <paramref name="curveMilliDb"/>.</summary>
        public static int ScaleFor(int[] curveMilliDb)
        {
            int max = 0;
            for (int i = 0; i < curveMilliDb.Length; i++)
            {
                int a = curveMilliDb[i] < 0 ? -curveMilliDb[i] : curveMilliDb[i];
                max = a > max ? a : max;
            }

            for (int i = 0; i < ScalesMilliDb.Length; i++)
            {
                if (max <= ScalesMilliDb[i])
                {
                    return ScalesMilliDb[i];
                }
            }

            return ScalesMilliDb[ScalesMilliDb.Length - 1];
        }

        /// <summary>X pixel of band <paramref name="band"/>.</summary>
        public static int X(int band)
        {
            return PlotLeft + ((band * PlotSpan) / (CurveBands.Count - 1));
        }

        /// <summary>Y pixel of a deviation, clipped to the plot.</summary>
        public static int Y(int milliDb, int scale)
        {
            int offset = (int)(((long)milliDb * HalfHeight) / scale);
            offset = offset > HalfHeight ? HalfHeight : (offset < -HalfHeight ? -HalfHeight : offset);
            return ZeroY - offset;
        }

        private static void Tick(FrameBuffer fb, int band, string label, bool centred)
        {
            int x = X(band);
            fb.DrawVLine(x, ZeroY + HalfHeight + 1, 2);
            TextPainter.DrawSmall(fb, centred ? x - (TextPainter.SmallWidth(label) / 2) : x, FooterY, label);
        }

        private const int FooterY = 56;
    }
}
