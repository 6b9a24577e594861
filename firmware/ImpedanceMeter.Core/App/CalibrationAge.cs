using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Ui;

namespace ImpedanceMeter.Core.App
{
    /// <summary>
    /// Calibration health for the Home screen: missing until open, short and load are all stored;
    /// expired when older than the settings' limit. The engine stamps the completion in seconds
    /// of its clock (since boot on the ESP32), so a calibration restored after a reboot reads as
    /// age 0 until the device has a wall clock.
    /// </summary>
    public static class CalibrationAge
    {
        /// <summary>Seconds per day.</summary>
        public const long SecondsPerDay = 86400;

        /// <summary>Sets <see cref="MeterView.Calibration"/> and <see cref="MeterView.CalibrationAgeDays"/>.</summary>
        public static void Apply(CalibrationState c, long nowMicroseconds, MeterView view)
        {
            long nowSeconds = nowMicroseconds / 1000000;
            long age = c.CompletedSeconds <= nowSeconds ? (nowSeconds - c.CompletedSeconds) / SecondsPerDay : 0;
            view.CalibrationAgeDays = (int)age;
            view.Calibration = !c.IsComplete ? CalibrationHealth.Missing : (age > view.Settings.CalibrationMaxAgeDays ? CalibrationHealth.Expired : CalibrationHealth.Valid);
        }
    }
}
