using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Sim;

/// <summary>
/// The virtual meter: the device's own measurement engine (<see cref="ZoutEngine"/>, the core's
/// integer code) wired to the simulated ports of one simulated instrument. Used by
/// <c>imeter simulate</c>, <c>imeter bench</c>, the tests, and (branch proto) the pseudo-terminal
/// serial server. It also plays the user: plugging calibration standards and the source.
/// </summary>
public sealed class VirtualMeter
{
    private readonly SimRandom _standards;

    /// <summary>
    /// Creates a virtual meter for instrument <paramref name="seed"/> (0 = nominal parts) and run <paramref name="runSeed"/>;
    /// <paramref name="stream"/> selects scheme (c), the RMT tone and I2S stream, instead of the lock-step.
    /// </summary>
    public VirtualMeter(int seed, int runSeed = 1, SimParameters? parameters = null, FrontEndConstants? frontEnd = null, bool stream = false)
    {
        Parameters = parameters ?? SimParameters.LoadDefault();
        Simulator = new SimulatedMeter(Parameters, seed, runSeed);
        FrontEnd = frontEnd ?? FrontEndConstants.Default();
        Engine = stream
            ? new ZoutEngine(Simulator.ToneGenerator, Simulator.Stream, Simulator.Fixture, Simulator.Clock, Simulator.DcMonitor, FrontEnd, SpotFrequencyPlan.Stream())
            : new ZoutEngine(Simulator.Tone, Simulator.Sampler, Simulator.Dither, Simulator.Fixture, Simulator.Clock, Simulator.DcMonitor, FrontEnd);
        _standards = new SimRandom(seed * 31 + runSeed);
    }

    /// <summary>Simulator parameters.</summary>
    public SimParameters Parameters { get; }

    /// <summary>The simulated world behind the ports.</summary>
    public SimulatedMeter Simulator { get; }

    /// <summary>The front-end constants the engine was given.</summary>
    public FrontEndConstants FrontEnd { get; }

    /// <summary>The device's engine.</summary>
    public ZoutEngine Engine { get; }

    /// <summary>Simulated device time, s.</summary>
    public double DeviceSeconds => Simulator.NowUs * 1e-6;

    /// <summary>
    /// Guided calibration: plugs open, short and load in turn and lets the engine measure each; the short plug is
    /// pulled and plugged <see cref="ZoutEngine.ShortInsertions"/> times (new contact resistances each time), as the
    /// device's calibration screens ask.
    /// </summary>
    /// <returns>Ok, or the first status that stopped the calibration.</returns>
    public MeasurementStatus Calibrate(JackType jack, IProgressSink? progress = null)
    {
        foreach (var s in new[] { CalStandard.Open, CalStandard.Short, CalStandard.Load })
        {
            for (int insertion = 0; insertion < (s == CalStandard.Short ? ZoutEngine.ShortInsertions : 1); insertion++)
            {
                Simulator.Plug(JackLoad.ForStandard(s, Parameters, _standards));
                var status = Engine.Calibrate(jack, s, progress!);
                if (status != MeasurementStatus.Ok)
                {
                    return status;
                }
            }
        }

        Simulator.Plug(JackLoad.Nothing());
        return MeasurementStatus.Ok;
    }

    /// <summary>Plugs a source into the cable.</summary>
    public void Plug(SourceSpec source) => Simulator.Plug(JackLoad.ForSource(source));

    /// <summary>Measures the plugged source with the engine.</summary>
    public MeasurementResult Measure(JackType jack, IProgressSink? progress = null) => Engine.Measure(jack, progress!);
}
