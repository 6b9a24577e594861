using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Core.Ui
{
    /// <summary>
    /// Main menu. Each row shows its current value, so the screen is also the status page:
    /// selected IEM, jack (SE 3.5 / BAL 4.4) and calibration state.
    /// </summary>
    public static class HomeScreen
    {
        /// <summary>Row index of Measure.</summary>
        public const int RowMeasure = 0;

        /// <summary>Row index of the IEM (opens the picker).</summary>
        public const int RowIem = 1;

        /// <summary>Row index of the jack (select toggles SE 3.5 / BAL 4.4).</summary>
        public const int RowJack = 2;

        /// <summary>Row index of Calibrate.</summary>
        public const int RowCalibrate = 3;

        /// <summary>Row index of Settings.</summary>
        public const int RowSettings = 4;

        /// <summary>Number of rows.</summary>
        public const int RowCount = 5;

        /// <summary>Draws the Home screen.</summary>
        public static void Draw(FrameBuffer fb, MeterView v)
        {
            ScreenParts.TitleBar(fb, "Zout meter", v.Result != null ? "last: " + Verdicts.ShortName(v.Match.Verdict) : string.Empty);
            string iem = v.IemName.Length == 0 ? "none" : ScreenParts.Fit(v.IemName, 15);
            int y = ScreenParts.FirstRowY;
            ScreenParts.Row(fb, y, "Measure", v.Calibration == CalibrationHealth.Valid ? ">" : "cal!", v.Cursor == RowMeasure);
            ScreenParts.Row(fb, y + ScreenParts.RowPitch, "IEM", iem, v.Cursor == RowIem);
            ScreenParts.Row(fb, y + (2 * ScreenParts.RowPitch), "Jack", JackName(v.Jack), v.Cursor == RowJack);
            ScreenParts.Row(fb, y + (3 * ScreenParts.RowPitch), "Calibrate", CalibrationText(v), v.Cursor == RowCalibrate);
            ScreenParts.Row(fb, y + (4 * ScreenParts.RowPitch), "Settings", string.Empty, v.Cursor == RowSettings);
        }

        /// <summary>"SE 3.5" or "BAL 4.4".</summary>
        public static string JackName(JackType jack)
        {
            return jack == JackType.Bal44 ? "BAL 4.4" : "SE 3.5";
        }

        /// <summary>"OK 3d", "MISSING" or "EXPIRED".</summary>
        public static string CalibrationText(MeterView v)
        {
            switch (v.Calibration)
            {
                case CalibrationHealth.Valid:
                    return "OK " + v.CalibrationAgeDays.ToString() + "d";
                case CalibrationHealth.Expired:
                    return "EXPIRED";
                default:
                    return "MISSING";
            }
        }
    }
}
