namespace ImpedanceMeter.Core.Ui
{
    /// <summary>Why the Error screen is up; each kind has its own advice text (<see cref="ErrorText"/>).</summary>
    public enum ErrorKind
    {
        /// <summary>Music, noise or hum at the jack.</summary>
        NotIdle = 0,

        /// <summary>The output is muted, off or open.</summary>
        Muted = 1,

        /// <summary>The plug moved or came out during the measurement.</summary>
        Unplugged = 2,

        /// <summary>The ADC clipped or the signal left the ADC window.</summary>
        OverRange = 3,

        /// <summary>DC offset at the jack above the safe limit.</summary>
        DcOffset = 4,

        /// <summary>The leg reads as a short to ground.</summary>
        Shorted = 5,

        /// <summary>No calibration for this jack.</summary>
        CalibrationMissing = 6,

        /// <summary>The calibration is older than the allowed age.</summary>
        CalibrationExpired = 7,

        /// <summary>The measurement was cancelled or interrupted.</summary>
        Aborted = 8,

        /// <summary>An unexpected exception: the meter went to its safe state.</summary>
        Internal = 9,

        /// <summary>The boot self-test failed (display, ADC node or relays).</summary>
        SelfTestFailed = 10,
    }
}
