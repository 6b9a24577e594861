using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Sim;

/// <summary>Simulated GPIO26 DAC into the ADC bias: code 128 = no offset, full span = frontend.json dither.range_mv.</summary>
public sealed class SimDitherOutput : IDitherOutput
{
    private readonly SimulatedMeter _meter;

    internal SimDitherOutput(SimulatedMeter meter) => _meter = meter;

    /// <inheritdoc/>
    public void Write(int code)
    {
        _meter.AdvanceTo(_meter.NowUs + _meter.CallCost(_meter.Instrument.DacWriteUs));
        _meter.SetDitherNow(code);
    }

    /// <summary>Sets the code with no call cost (hardware-timed scheme studies).</summary>
    public void SetNow(int code) => _meter.SetDitherNow(code);
}
