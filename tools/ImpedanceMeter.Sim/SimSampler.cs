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
        _meter.Hardware.RefuseAdc1Read();
        var p = _meter.Parameters;
        long cost = _meter.CallCost(_meter.Instrument.AdcReadUs);
        long at = (long)Math.Round(cost * p.AdcSampleFraction);
        _meter.AdvanceTo(_meter.NowUs + at);
        int code = _meter.SampleNow();
        long tail = cost - at + _meter.CallCost(p.LoopOverheadUs);
        _meter.AdvanceTo(_meter.NowUs + Math.Max(0, tail));
        return code;
    }
}
