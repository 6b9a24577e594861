namespace ImpedanceMeter.Core.Ports
{
    /// <summary>
    /// The second DAC pin (ESP32 DAC2, GPIO26, 8-bit) that adds a slow offset to the ADC bias so
    /// that repeated captures visit different ADC codes (dither against INL/DNL).
    /// </summary>
    public interface IDitherOutput
    {
        /// <summary>Sets the dither DAC code, 0–255.</summary>
        void Write(int code);
    }
}
