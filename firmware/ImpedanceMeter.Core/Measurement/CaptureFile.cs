namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>The contents of a parsed capture file: what the device used and recorded, and the results it reported.</summary>
    public sealed class CaptureFile
    {
        /// <summary>Front-end constants and limits as recorded.</summary>
        public FrontEndConstants FrontEnd;

        /// <summary>Spot-frequency plan as recorded.</summary>
        public SpotFrequencyPlan Plan;

        /// <summary>Calibration as recorded.</summary>
        public OslCalibration Calibration;

        /// <summary>Every capture with its per-period accumulators.</summary>
        public CaptureStore Captures;

        /// <summary>The jack measured.</summary>
        public JackType Jack;

        /// <summary>The device's reported points, in file order (null entries if none were written).</summary>
        public ZoutPoint[] ReportedPoints;

        /// <summary>Number of entries of <see cref="ReportedPoints"/> in use.</summary>
        public int ReportedCount;

        /// <summary>Device time the measurement took, µs (from SUMMARY).</summary>
        public long DeviceMicroseconds;

        /// <summary>Calibration id the device reported.</summary>
        public int CalibrationId;
    }
}
