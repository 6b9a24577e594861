namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Outcome of a measurement. Anything other than <see cref="Ok"/> means the number must not
    /// be shown as a Zout; the UI and the protocol show the status instead.
    /// </summary>
    public enum MeasurementStatus
    {
        /// <summary>Valid result.</summary>
        Ok = 0,

        /// <summary>The source is not idle: music, noise or hum at the jack.</summary>
        NotIdle = 1,

        /// <summary>The output is muted or open: impedance far above the top range.</summary>
        Muted = 2,

        /// <summary>The leg reads as a short to ground (below the bottom of the lowest range).</summary>
        Short = 3,

        /// <summary>The ADC clipped or the signal left the ADC window.</summary>
        OverRange = 4,

        /// <summary>The source was unplugged (or changed) during the measurement.</summary>
        Unplugged = 5,

        /// <summary>A DC offset at the jack above the safe limit.</summary>
        DcOffset = 6,

        /// <summary>No valid calibration for this range and frequency.</summary>
        NotCalibrated = 7,

        /// <summary>The user cancelled, or the device was interrupted.</summary>
        Aborted = 8,
    }
}
