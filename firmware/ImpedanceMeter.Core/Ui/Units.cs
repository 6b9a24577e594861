using ImpedanceMeter.Core.Text;

namespace ImpedanceMeter.Core.Ui
{
    /// <summary>Short texts with units for the 21-character lines of the OLED.</summary>
    public static class Units
    {
        /// <summary>The ohm sign (U+03A9), drawn by <see cref="SmallFont"/> and <see cref="LargeFont"/>.</summary>
        public const string Ohm = "\u03A9";

        /// <summary>Impedance number without unit: "0.512" (Ω) or "512" (mΩ, see <see cref="ImpedanceUnit"/>).</summary>
        public static string ImpedanceNumber(long microOhms, UnitMode mode)
        {
            long magnitude = microOhms < 0 ? -microOhms : microOhms;
            if (mode == UnitMode.MilliOhms)
            {
                return FixedFormat.Format(microOhms, 3, 0);
            }

            if (mode == UnitMode.Ohms || magnitude < 9999500)
            {
                return FixedFormat.Format(microOhms, 6, 3);
            }

            return magnitude < 99995000 ? FixedFormat.Format(microOhms, 6, 2) : FixedFormat.Format(microOhms, 6, 1);
        }

        /// <summary>
        /// Impedance number for the large digits, at most 5 characters: Ω with 2 decimals below
        /// 100 Ω ("0.25", "47.12"), 1 above; mΩ mode prints whole mΩ.
        /// </summary>
        public static string ImpedanceNumberLarge(long microOhms, UnitMode mode)
        {
            long magnitude = microOhms < 0 ? -microOhms : microOhms;
            if (mode == UnitMode.MilliOhms)
            {
                return FixedFormat.Format(microOhms, 3, 0);
            }

            return FixedFormat.Format(microOhms, 6, magnitude < 99995000 ? 2 : 1);
        }

        /// <summary>The unit that goes with <see cref="ImpedanceNumber"/>: "Ω" or "mΩ".</summary>
        public static string ImpedanceUnit(UnitMode mode)
        {
            return mode == UnitMode.MilliOhms ? "m" + Ohm : Ohm;
        }

        /// <summary>Impedance with unit: "0.512Ω", "12.80Ω", "512mΩ".</summary>
        public static string Impedance(long microOhms, UnitMode mode)
        {
            return ImpedanceNumber(microOhms, mode) + ImpedanceUnit(mode);
        }

        /// <summary>Level in dB with one decimal from milli-dB: "0.3dB", "-1.2dB".</summary>
        public static string Decibels(int milliDb)
        {
            return FixedFormat.Format(milliDb, 3, 1) + "dB";
        }

        /// <summary>Frequency: "20Hz", "315Hz", "2.5k", "20k" (Hz unit dropped above 1 kHz to save width).</summary>
        public static string Frequency(int hertz)
        {
            if (hertz < 1000)
            {
                return hertz.ToString() + "Hz";
            }

            if (hertz % 1000 == 0)
            {
                return (hertz / 1000).ToString() + "k";
            }

            return FixedFormat.Format(hertz, 3, hertz % 100 == 0 ? 1 : 2) + "k";
        }

        /// <summary>1:8 rule ratio from |Z_iem|/|Zout| × 100: "1:39", "1:4.2" below 10.</summary>
        public static string Ratio(int ratioX100)
        {
            return ratioX100 >= 1000 ? "1:" + FixedFormat.Format(ratioX100, 2, 0) : "1:" + FixedFormat.Format(ratioX100, 2, 1);
        }
    }
}
