using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Sim;

namespace ImpedanceMeter.Cli.Serial;

/// <summary>
/// The simulator's virtual meter (<see cref="VirtualMeter"/>: the core's ZoutEngine on simulated
/// ports) behind the protocol, also playing the user's hands: a CAL:OPEN|SHORT|LOAD plugs that
/// standard into the simulated cable first and plugs the source back afterwards, so a PC can
/// calibrate and measure over the pty exactly as with hardware.
/// </summary>
public sealed class SimulatedEngine : IZoutEngine, IStreamSelfCheck
{
    private readonly VirtualMeter _meter;
    private readonly SourceSpec _source;
    private readonly SimRandom _standards;

    /// <summary>Simulated instrument <paramref name="seed"/> with <paramref name="source"/> plugged in.</summary>
    public SimulatedEngine(SourceSpec source, int seed)
    {
        _meter = new VirtualMeter(seed, stream: true);
        _source = source;
        _standards = new SimRandom((seed * 131) + 7);
        _meter.Plug(source);
    }

    /// <summary>The wrapped virtual meter.</summary>
    public VirtualMeter Meter => _meter;

    public CalibrationState Calibration => _meter.Engine.Calibration;

    public MeasurementStatus Calibrate(JackType jack, CalStandard standard, IProgressSink progress)
    {
        _meter.Simulator.Plug(JackLoad.ForStandard(standard, _meter.Parameters, _standards));
        try
        {
            return _meter.Engine.Calibrate(jack, standard, progress);
        }
        finally
        {
            _meter.Plug(_source);
        }
    }

    public void ClearCalibration() => _meter.Engine.ClearCalibration();

    public MeasurementResult Measure(JackType jack, IProgressSink progress) => _meter.Engine.Measure(jack, progress);

    public ZoutPoint MeasurePoint(Leg leg, int frequencyMilliHertz, IProgressSink progress) => _meter.Engine.MeasurePoint(leg, frequencyMilliHertz, progress);

    public void WriteLastCapture(ILineWriter writer) => _meter.Engine.WriteLastCapture(writer);

    /// <summary>DIAG:STREAM?: the stream clock check on the simulated generator.</summary>
    public MeasurementStatus CheckStreamClock(StreamClockCheck check) => _meter.Engine.CheckStreamClock(check);
}
