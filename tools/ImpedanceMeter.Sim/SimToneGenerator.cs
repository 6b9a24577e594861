using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Sim;

/// <summary>Simulated RMT tone loop on GPIO25 (scheme c): the managed start costs <see cref="SimParameters.RmtStartUs"/>, then the hardware runs on its own.</summary>
public sealed class SimToneGenerator : IToneGenerator
{
    private readonly SimulatedMeter _meter;

    internal SimToneGenerator(SimulatedMeter meter) => _meter = meter;

    /// <inheritdoc/>
    public void Start(byte[] levelCodes, int periodMicroseconds)
    {
        if (levelCodes.Length == 0 || levelCodes.Length > 511 || periodMicroseconds < levelCodes.Length)
        {
            throw new ArgumentException("RMT loop: 1–511 items, at least 1 µs each (DESIGN.md §3)");
        }

        _meter.AdvanceTo(_meter.NowUs + _meter.CallCost(_meter.Parameters.RmtStartUs));
        _meter.Hardware.StartTone(levelCodes, periodMicroseconds);
    }

    /// <inheritdoc/>
    public void Stop()
    {
        _meter.AdvanceTo(_meter.NowUs + _meter.CallCost(_meter.Parameters.GpioWriteUs));
        _meter.Hardware.StopTone();
    }
}
