using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Sim;

/// <summary>
/// Simulated relays and switches. Unloaded: force relay open, sense at the meter node. Loaded:
/// force relay closed (after its operate time), Kelvin sense at the leg. Listen: relay open,
/// sense at the leg. Every call costs a managed GPIO write.
/// </summary>
public sealed class SimFixture : IFixture
{
    private readonly SimulatedMeter _meter;

    internal SimFixture(SimulatedMeter meter) => _meter = meter;

    /// <inheritdoc/>
    public int SettleMilliseconds => _meter.Parameters.RelaySettleMs;

    /// <inheritdoc/>
    public void SelectRange(int rangeIndex)
    {
        GpioWrite();
        _meter.SetRangeNow(rangeIndex);
    }

    /// <inheritdoc/>
    public void SelectLeg(int leg)
    {
        GpioWrite();
        _meter.SetLegNow(leg);
    }

    /// <inheritdoc/>
    public void SetMode(FixtureMode mode)
    {
        GpioWrite();
        _meter.SetModeNow(mode);
    }

    /// <inheritdoc/>
    public void SelectGain(int gainIndex)
    {
        GpioWrite();
        _meter.SetGainNow(gainIndex);
    }

    /// <inheritdoc/>
    public void Safe()
    {
        GpioWrite();
        _meter.SetModeNow(FixtureMode.Unloaded);
        _meter.SetGainNow(0);
    }

    /// <summary>The managed GPIO write's cost, before the switch changes.</summary>
    private void GpioWrite() => _meter.AdvanceTo(_meter.NowUs + _meter.CallCost(_meter.Parameters.GpioWriteUs));
}
