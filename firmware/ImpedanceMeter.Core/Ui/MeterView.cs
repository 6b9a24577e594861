using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Storage;

namespace ImpedanceMeter.Core.Ui
{
    /// <summary>
    /// Everything the screens draw, filled by the application's worker loop. One instance for
    /// the device's lifetime; screens only read it, so rendering is a pure function of this
    /// object (which is what the golden-screen tests rely on).
    /// </summary>
    public sealed class MeterView
    {
        /// <summary>Number of self-test lines on the splash screen.</summary>
        public const int SelfTestLineCount = 4;

        /// <summary>The screen to draw.</summary>
        public ScreenId Screen;

        /// <summary>Firmware version shown on the splash screen ("0.1.0").</summary>
        public string Version = "0.1.0";

        /// <summary>Self-test line labels ("Display", "ADC mid 1612", "Relays", "Storage"); null = not run yet.</summary>
        public readonly string[] SelfTestText = new string[SelfTestLineCount];

        /// <summary>Whether each self-test line passed.</summary>
        public readonly bool[] SelfTestPassed = new bool[SelfTestLineCount];

        /// <summary>Name of the selected IEM ("" = none).</summary>
        public string IemName = string.Empty;

        /// <summary>Nominal |Z| of the selected IEM at 1 kHz, mΩ.</summary>
        public int IemNominalMilliOhms;

        /// <summary>The jack to measure.</summary>
        public JackType Jack;

        /// <summary>Calibration status of the selected jack.</summary>
        public CalibrationHealth Calibration;

        /// <summary>Age of the calibration in whole days.</summary>
        public int CalibrationAgeDays;

        /// <summary>Highlighted row of the current list or menu.</summary>
        public int Cursor;

        /// <summary>First visible row of a scrolling list.</summary>
        public int Scroll;

        /// <summary>Names of the IEMs in the library, for the picker (shared with the library, not copied).</summary>
        public string[] IemNames;

        /// <summary>Nominal |Z| of each library IEM, mΩ.</summary>
        public int[] IemNominals;

        /// <summary>Number of valid entries in <see cref="IemNames"/>.</summary>
        public int IemCount;

        /// <summary>Title of the progress screen ("Measuring", "Cal OPEN").</summary>
        public string ProgressTitle = string.Empty;

        /// <summary>Progress, 0–100 %.</summary>
        public int ProgressPercent;

        /// <summary>Current stage as reported by the engine ("L 1 kHz").</summary>
        public string ProgressStage = string.Empty;

        /// <summary>The last measurement (null until the first one).</summary>
        public MeasurementResult Result;

        /// <summary>How the last measurement suits the selected IEM.</summary>
        public readonly MatchReport Match = new MatchReport();

        /// <summary>The calibration standard the Calibrate screen asks for.</summary>
        public CalStandard CalStep;

        /// <summary>Bit per <see cref="CalStandard"/> already measured in this calibration run.</summary>
        public int CalDoneMask;

        /// <summary>Short-plug insertions measured in this calibration run (the Calibrate screen asks for <see cref="Measurement.ZoutEngine.ShortInsertions"/>).</summary>
        public int CalShortInsertions;

        /// <summary>The settings shown and edited on the Settings screen.</summary>
        public MeterSettings Settings = new MeterSettings();

        /// <summary>True while the highlighted setting is being changed with up/down.</summary>
        public bool Editing;

        /// <summary>What the Error screen explains.</summary>
        public ErrorKind Error;

        /// <summary>One extra line for the Error screen (leg, exception type); may be empty.</summary>
        public string ErrorDetail = string.Empty;
    }
}
