namespace ImpedanceMeter.Core.Ports
{
    /// <summary>
    /// A hardware-timed tone generator (scheme c, docs/measurement.md §2–3): the ESP32's RMT
    /// peripheral in loop mode on GPIO25, one PWM item per tone level, behind the reconstruction
    /// filter. Once started it repeats the levels on the 80 MHz APB clock with no CPU involvement,
    /// so GC pauses and call jitter do not touch the tone (DESIGN.md §3: ≤ 511 items per loop).
    /// </summary>
    public interface IToneGenerator
    {
        /// <summary>
        /// Starts (or restarts) the tone: <paramref name="levelCodes"/> (one per equal slice of the period,
        /// on the tone DAC's code scale 0–255, mid-scale 128 = no signal) repeated every
        /// <paramref name="periodMicroseconds"/> µs. Its phase is unrelated to anything before the call.
        /// </summary>
        void Start(byte[] levelCodes, int periodMicroseconds);

        /// <summary>Stops the tone and parks the output at mid-scale (no signal reaches the jack).</summary>
        void Stop();
    }
}
