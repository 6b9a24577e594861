using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Sim;

/// <summary>Simulated GPIO25 DAC: each Write costs a managed DacChannel.WriteValue (100–200 µs, nanoframework/Home#1013).</summary>
public sealed class SimToneOutput : IToneOutput
{
    private readonly SimulatedMeter _meter;

    internal SimToneOutput(SimulatedMeter meter) => _meter = meter;

    /// <summary>Number of writes so far.</summary>
    public long Writes { get; private set; }

    /// <inheritdoc/>
    public void Write(int code)
    {
        Writes++;
        _meter.Hardware.RefuseDacWrite();
        long cost = _meter.CallCost(_meter.Instrument.DacWriteUs);
        long update = (long)Math.Round(cost * _meter.Parameters.DacUpdateFraction);
        _meter.AdvanceTo(_meter.NowUs + update);
        _meter.SetToneCode(code);
        _meter.AdvanceTo(_meter.NowUs + cost - update);
    }

    /// <inheritdoc/>
    public void Silence() => Write(_meter.Parameters.DacMidscaleCode);
}
