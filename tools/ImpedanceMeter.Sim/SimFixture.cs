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
    public void SelectRange(int rangeIndex) => _meter.PortFixture(() => _meter.SetRangeNow(rangeIndex));

    /// <inheritdoc/>
    public void SelectLeg(int leg) => _meter.PortFixture(() => _meter.SetLegNow(leg));

    /// <inheritdoc/>
    public void SetMode(FixtureMode mode) => _meter.PortFixture(() => _meter.SetModeNow(mode));

    /// <inheritdoc/>
    public void SelectGain(int gainIndex) => _meter.PortFixture(() => _meter.SetGainNow(gainIndex));

    /// <inheritdoc/>
    public void Safe() => _meter.PortFixture(() =>
    {
        _meter.SetModeNow(FixtureMode.Unloaded);
        _meter.SetGainNow(0);
    });
}
