namespace ImpedanceMeter.Core.Ports
{
    /// <summary>
    /// The ADC that digitises the sense amplifier's output (ESP32 ADC1, 12 dB attenuation).
    /// Returns raw codes: the core applies its own calibration, never the adapter.
    /// </summary>
    public interface ISampler
    {
        /// <summary>One conversion, raw 12-bit code 0–4095.</summary>
        int Read();
    }
}
