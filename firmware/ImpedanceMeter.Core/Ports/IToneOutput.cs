namespace ImpedanceMeter.Core.Ports
{
    /// <summary>
    /// The tone generator's DAC pin (ESP32 DAC1, GPIO25, 8-bit). The core writes one code per
    /// step of its sine table; the adapter only forwards the code to the hardware.
    /// </summary>
    public interface IToneOutput
    {
        /// <summary>Sets the DAC output code, 0–255 (0 ≈ 0 V, 255 ≈ VDD·255/256; ESP32 TRM §29.5).</summary>
        void Write(int code);

        /// <summary>Parks the output at mid-scale (code 128) so no tone reaches the jack.</summary>
        void Silence();
    }
}
