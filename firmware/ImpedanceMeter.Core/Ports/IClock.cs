namespace ImpedanceMeter.Core.Ports
{
    /// <summary>Time source: a microsecond counter (HighResTimer on the ESP32) and a sleep.</summary>
    public interface IClock
    {
        /// <summary>Microseconds since boot; 1 µs resolution (DESIGN.md §3).</summary>
        long Microseconds { get; }

        /// <summary>Blocks for at least <paramref name="milliseconds"/> ms (10 ms FreeRTOS tick on the device).</summary>
        void Sleep(int milliseconds);
    }
}
