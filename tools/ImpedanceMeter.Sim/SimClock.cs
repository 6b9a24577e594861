using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Sim;

/// <summary>Simulated HighResTimer (1 µs, costs a native property read) and Thread.Sleep on the 10 ms FreeRTOS tick.</summary>
public sealed class SimClock : IClock
{
    private readonly SimulatedMeter _meter;

    internal SimClock(SimulatedMeter meter) => _meter = meter;

    /// <inheritdoc/>
    public long Microseconds
    {
        get
        {
            long cost = _meter.CallCost(_meter.Parameters.ClockReadUs);
            _meter.AdvanceTo(_meter.NowUs + cost / 2);
            long t = _meter.NowUs;
            _meter.AdvanceTo(_meter.NowUs + cost - cost / 2);
            return t;
        }
    }

    /// <inheritdoc/>
    public void Sleep(int milliseconds)
    {
        long target = _meter.NowUs + Math.Max(0, milliseconds) * 1000L;
        long tick = _meter.Parameters.SleepTickMs * 1000L;
        long wake = (target + tick - 1) / tick * tick;
        _meter.AdvanceTo(wake + (long)_meter.TimingUniform(20, 80));
    }
}
