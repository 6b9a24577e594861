using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Sim;

/// <summary>Simulated DC monitor read (ADC1 channel 3, GPIO39): one managed AdcChannel.ReadValue.</summary>
public sealed class SimDcMonitor : IDcMonitor
{
    private readonly SimulatedMeter _meter;

    internal SimDcMonitor(SimulatedMeter meter) => _meter = meter;

    /// <summary>Number of conversions so far.</summary>
    public long Reads { get; private set; }

    /// <inheritdoc/>
    public int Read()
    {
        Reads++;
        _meter.Hardware.RefuseAdc1Read();
        long cost = _meter.CallCost(_meter.Instrument.AdcReadUs);
        _meter.AdvanceTo(_meter.NowUs + cost / 2);
        int code = _meter.DcMonitorNow();
        _meter.AdvanceTo(_meter.NowUs + cost - cost / 2);
        return code;
    }
}
