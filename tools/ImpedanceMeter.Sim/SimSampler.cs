using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Sim;

/// <summary>Simulated ADC1 read: a managed AdcChannel.ReadValue (cost in <see cref="SimParameters.AdcReadMinUs"/>) plus the loop body after it.</summary>
public sealed class SimSampler : ISampler
{
    private readonly SimulatedMeter _meter;

    internal SimSampler(SimulatedMeter meter) => _meter = meter;

    /// <summary>Number of conversions so far.</summary>
    public long Reads { get; private set; }

    /// <inheritdoc/>
    public int Read()
    {
        Reads++;
        return _meter.PortRead();
    }
}
