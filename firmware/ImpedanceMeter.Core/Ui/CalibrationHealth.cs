namespace ImpedanceMeter.Core.Ui
{
    /// <summary>Calibration status as the Home screen shows it.</summary>
    public enum CalibrationHealth
    {
        /// <summary>No complete open/short/load calibration.</summary>
        Missing = 0,

        /// <summary>Complete and younger than the allowed age.</summary>
        Valid = 1,

        /// <summary>Complete but older than the allowed age: recalibrate.</summary>
        Expired = 2,
    }
}
