namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>The result of measuring every leg of one jack.</summary>
    public sealed class MeasurementResult
    {
        /// <summary>Which jack was measured.</summary>
        public JackType Jack;

        /// <summary>Per-leg results; for <see cref="JackType.Bal44"/> also the two differential sums.</summary>
        public LegResult[] Legs;

        /// <summary>Device time the measurement took (or would take on the ESP32, in simulation), µs.</summary>
        public long DeviceMicroseconds;

        /// <summary>Identifier of the calibration used.</summary>
        public int CalibrationId;

        /// <summary>Overall status: Ok only if every leg is Ok.</summary>
        public MeasurementStatus Status;
    }
}
