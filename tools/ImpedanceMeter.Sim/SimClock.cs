using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Sim;

/// <summary>Simulated HighResTimer (1 µs, costs a native property read) and Thread.Sleep on the 10 ms FreeRTOS tick.</summary>
public sealed class SimClock : IClock
{
    private readonly SimulatedMeter _meter;

    internal SimClock(SimulatedMeter meter) => _meter = meter;

    /// <inheritdoc/>
    public long Microseconds => _meter.PortClock();

    /// <inheritdoc/>
    public void Sleep(int milliseconds) => _meter.PortSleep(milliseconds);
}
