using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Core.Ui
{
    /// <summary>
    /// The answer: |Zout| per leg at 1 kHz with units (large digits for a 3.5 mm jack, every leg
    /// and both differential sums for 4.4 mm), the 1:8-rule ratio, the predicted deviation and
    /// the verdict with its icon.
    /// </summary>
    public static class ResultScreen
    {
        /// <summary>Draws the Result screen.</summary>
        public static void Draw(FrameBuffer fb, MeterView v)
        {
            UnitMode units = v.Settings.Units;
            string iem = v.IemName.Length == 0 ? "no IEM" : ScreenParts.Fit(v.IemName, 13);
            TextPainter.DrawSmall(fb, 0, 0, HomeScreen.JackName(v.Jack) + " " + iem);
            fb.DrawHLine(0, 8, FrameBuffer.Width);
            int y;
            if (v.Jack == JackType.Bal44)
            {
                TextPainter.DrawSmall(fb, 0, 10, "L+" + LegValues.Text(v.Result, Leg.BalLeftPlus, units));
                TextPainter.DrawSmall(fb, 66, 10, "L-" + LegValues.Text(v.Result, Leg.BalLeftMinus, units));
                TextPainter.DrawSmall(fb, 0, 19, "R+" + LegValues.Text(v.Result, Leg.BalRightPlus, units));
                TextPainter.DrawSmall(fb, 66, 19, "R-" + LegValues.Text(v.Result, Leg.BalRightMinus, units));
                TextPainter.DrawSmall(fb, 0, 28, "bal L" + LegValues.Text(v.Result, Leg.BalLeftDiff, units));
                TextPainter.DrawSmall(fb, 72, 28, "R" + LegValues.Text(v.Result, Leg.BalRightDiff, units));
                y = 37;
            }
            else
            {
                DrawLarge(fb, 0, "L", LegValues.MagnitudeMicroOhms(LegValues.Find(v.Result, Leg.SeLeft)), units);
                DrawLarge(fb, 65, "R", LegValues.MagnitudeMicroOhms(LegValues.Find(v.Result, Leg.SeRight)), units);
                y = 28;
            }

            MatchReport m = v.Match;
            bool hasVerdict = v.IemName.Length != 0 && m.Verdict != VerdictLevel.None;
            bool bal = v.Jack == JackType.Bal44;
            if (!hasVerdict)
            {
                TextPainter.DrawSmall(fb, 0, y, "pick an IEM for a");
                TextPainter.DrawSmall(fb, 0, y + 9, bal ? string.Empty : "verdict");
            }
            else if (bal)
            {
                string dev = m.NominalOnly ? "ratio only" : Units.Decibels(m.DeviationMilliDb) + "@" + Units.Frequency(m.WorstFrequencyHz) + (m.FromModel ? "*" : string.Empty);
                TextPainter.DrawSmall(fb, 0, y, Units.Ratio(m.RatioX100) + " " + dev);
            }
            else
            {
                TextPainter.DrawSmall(fb, 0, y, "ratio " + Units.Ratio(m.RatioX100) + (m.RatioX100 >= 800 ? " 1:8 ok" : " <1:8"));
                string dev = m.NominalOnly ? "nominal: ratio only" : (m.FromModel ? "model " : string.Empty) + "dev " + Units.Decibels(m.DeviationMilliDb) + "@" + Units.Frequency(m.WorstFrequencyHz);
                TextPainter.DrawSmall(fb, 0, y + 9, dev);
            }

            int iconY = FrameBuffer.Height - Icons.Size;
            Verdicts.DrawIcon(fb, 0, iconY, m.Verdict);
            TextPainter.DrawSmall(fb, Icons.Size + 4, iconY, Verdicts.Name(m.Verdict));
            TextPainter.DrawSmall(fb, Icons.Size + 4, iconY + 8, bal && hasVerdict && m.FromModel ? "*model SEL:curve" : "SEL: curve");
        }

        private static void DrawLarge(FrameBuffer fb, int x, string label, long microOhms, UnitMode units)
        {
            TextPainter.DrawSmall(fb, x, 17, label);
            if (microOhms < 0)
            {
                TextPainter.DrawLarge(fb, x + 8, 10, "--");
                return;
            }

            int end = TextPainter.DrawLarge(fb, x + 8, 10, Units.ImpedanceNumberLarge(microOhms, units));
            TextPainter.DrawSmall(fb, end, 17, Units.ImpedanceUnit(units));
        }
    }
}
