namespace ImpedanceMeter.Core.Ports
{
    /// <summary>
    /// The DC monitor (hardware/frontend.json "dc_monitor"; hardware/pinout.md): GPIO39 = ADC1
    /// channel 3 at 12 dB, reading 1.298 V + 0.332 × the DC level of the selected sense input
    /// (a third mux on the sense-mux address, 1 MΩ/845 kΩ/1.21 MΩ divider, 4.8 Hz low-pass).
    /// The sense path itself is AC-coupled, so this is the only place a source's DC offset shows.
    /// </summary>
    public interface IDcMonitor
    {
        /// <summary>One conversion: the raw 12-bit ADC code of GPIO39 (0–4095, ≈ 0.806 mV per code).</summary>
        int Read();
    }
}
