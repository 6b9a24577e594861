using ImpedanceMeter.Core.Storage;
using ImpedanceMeter.Core.Text;

namespace ImpedanceMeter.Core.Ui
{
    /// <summary>Verdict thresholds, tone plan, units and calibration age limit.</summary>
    public static class SettingsScreen
    {
        /// <summary>Row of the transparent threshold.</summary>
        public const int RowTransparent = 0;

        /// <summary>Row of the minor threshold.</summary>
        public const int RowMinor = 1;

        /// <summary>Row of the tone plan.</summary>
        public const int RowTones = 2;

        /// <summary>Row of the units.</summary>
        public const int RowUnits = 3;

        /// <summary>Row of the calibration age limit.</summary>
        public const int RowCalAge = 4;

        /// <summary>Number of rows.</summary>
        public const int RowCount = 5;

        /// <summary>Draws the Settings screen; the row being edited shows its value in brackets.</summary>
        public static void Draw(FrameBuffer fb, MeterView v)
        {
            ScreenParts.TitleBar(fb, "Settings", string.Empty);
            for (int row = 0; row < RowCount; row++)
            {
                string value = Value(v.Settings, row);
                if (v.Editing && row == v.Cursor)
                {
                    value = "<" + value + ">";
                }

                ScreenParts.Row(fb, ScreenParts.FirstRowY + (row * ScreenParts.RowPitch), Label(row), value, row == v.Cursor);
            }

            ScreenParts.Footer(fb, v.Editing ? "up/dn:change SEL:ok" : "SEL:edit  hold:back");
        }

        /// <summary>Row label.</summary>
        public static string Label(int row)
        {
            switch (row)
            {
                case RowTransparent:
                    return "Transparent";
                case RowMinor:
                    return "Minor";
                case RowTones:
                    return "Tones Hz";
                case RowUnits:
                    return "Units";
                default:
                    return "Cal max age";
            }
        }

        /// <summary>Row value as shown.</summary>
        public static string Value(MeterSettings s, int row)
        {
            switch (row)
            {
                case RowTransparent:
                    return "<=" + FixedFormat.Format(s.TransparentMilliDb, 3, 1) + "dB";
                case RowMinor:
                    return "<=" + FixedFormat.Format(s.MinorMilliDb, 3, 1) + "dB";
                case RowTones:
                    return MeterSettings.TonePlans[s.TonePlan];
                case RowUnits:
                    return s.Units == UnitMode.Auto ? "auto" : Units.ImpedanceUnit(s.Units);
                default:
                    return s.CalibrationMaxAgeDays.ToString() + "d";
            }
        }
    }
}
