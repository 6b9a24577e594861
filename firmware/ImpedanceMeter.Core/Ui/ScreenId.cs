namespace ImpedanceMeter.Core.Ui
{
    /// <summary>Every screen of the meter (firmware/README.md shows each one).</summary>
    public enum ScreenId
    {
        /// <summary>Boot: product name, version and the self-test lines.</summary>
        Splash = 0,

        /// <summary>Main menu with the selected IEM, jack and calibration status.</summary>
        Home = 1,

        /// <summary>Scrolling list of the IEMs in the library.</summary>
        IemPicker = 2,

        /// <summary>A measurement or calibration step in progress.</summary>
        Measuring = 3,

        /// <summary>Zout per leg, ratio, predicted deviation and verdict.</summary>
        Result = 4,

        /// <summary>Predicted deviation plotted from 20 Hz to 20 kHz.</summary>
        Curve = 5,

        /// <summary>Guided calibration: what to plug for the current standard.</summary>
        Calibrate = 6,

        /// <summary>Verdict thresholds, tone plan and units.</summary>
        Settings = 7,

        /// <summary>Something prevents a result: what happened and what to do.</summary>
        Error = 8,
    }
}
