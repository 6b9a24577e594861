namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>The reference a published sensitivity figure is quoted against.</summary>
    public enum SensitivityUnit
    {
        /// <summary>No sensitivity known.</summary>
        None = 0,

        /// <summary>dB SPL for 1 mW at 1 kHz.</summary>
        DbSplPerMilliwatt = 1,

        /// <summary>dB SPL for 1 V rms at 1 kHz.</summary>
        DbSplPerVolt = 2,
    }
}
