using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Ui;

namespace ImpedanceMeter.Core.Storage
{
    /// <summary>
    /// User settings kept across power cycles. The verdict thresholds start at the values of
    /// DESIGN.md §2 (≤ 0.5 dB transparent, ≤ 1 dB minor; the 1:8 rule ≈ 1 dB worst case,
    /// 20·log10(1.125) = 1.02 dB).
    /// </summary>
    public sealed class MeterSettings
    {
        /// <summary>Default transparent threshold, milli-dB.</summary>
        public const int DefaultTransparentMilliDb = 500;

        /// <summary>Default minor threshold, milli-dB.</summary>
        public const int DefaultMinorMilliDb = 1000;

        /// <summary>Default calibration age limit, days.</summary>
        public const int DefaultCalibrationMaxAgeDays = 30;

        /// <summary>Deviation at or below which the verdict is transparent, milli-dB (100–3000).</summary>
        public int TransparentMilliDb;

        /// <summary>Deviation at or below which the verdict is minor, milli-dB (≥ transparent, ≤ 6000).</summary>
        public int MinorMilliDb;

        /// <summary>Index into <see cref="TonePlans"/>.</summary>
        public int TonePlan;

        /// <summary>How impedances are printed.</summary>
        public UnitMode Units;

        /// <summary>Index of the selected IEM in the library (-1 = none).</summary>
        public int SelectedIem;

        /// <summary>The jack measured last.</summary>
        public JackType Jack;

        /// <summary>A calibration older than this many days is shown as expired.</summary>
        public int CalibrationMaxAgeDays;

        /// <summary>Creates settings with the defaults.</summary>
        public MeterSettings()
        {
            ResetToDefaults();
        }

        /// <summary>Restores every field to its default.</summary>
        public void ResetToDefaults()
        {
            TransparentMilliDb = DefaultTransparentMilliDb;
            MinorMilliDb = DefaultMinorMilliDb;
            TonePlan = 0;
            Units = UnitMode.Auto;
            SelectedIem = 0;
            Jack = JackType.Se35;
            CalibrationMaxAgeDays = DefaultCalibrationMaxAgeDays;
        }

        /// <summary>Copies every field from <paramref name="other"/>.</summary>
        public void CopyFrom(MeterSettings other)
        {
            TransparentMilliDb = other.TransparentMilliDb;
            MinorMilliDb = other.MinorMilliDb;
            TonePlan = other.TonePlan;
            Units = other.Units;
            SelectedIem = other.SelectedIem;
            Jack = other.Jack;
            CalibrationMaxAgeDays = other.CalibrationMaxAgeDays;
        }

        /// <summary>
        /// Spot-frequency plans offered in Settings, as shown on screen (Hz). Only the engine's
        /// own plan exists today: four lock-step tones of 96/48/24/12 steps, about 40–360 Hz
        /// with the device's loop time (Measurement/SpotFrequencyPlan). The lock-step DAC cannot
        /// reach 1 kHz, so no plan may promise it; choosing plans needs an engine API first.
        /// </summary>
        public static readonly string[] TonePlans = new string[] { "40-360" };
    }
}
