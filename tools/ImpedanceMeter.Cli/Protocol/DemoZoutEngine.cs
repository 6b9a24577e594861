using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Cli.Protocol;

/// <summary>
/// DEMO STAND-IN, NOT A SIMULATION: a deterministic fake <see cref="IZoutEngine"/> that answers
/// from a fixed source model (R = 0.5 Ω + 220 µF series on every leg, ±0.5 mΩ pseudo-random
/// scatter from a fixed-seed LCG). It lets the protocol, the pty and the logger run before the
/// measurement engine (branch meas) and the simulator (branch sim) are merged; the virtual meter
/// should use the simulator's engine as soon as it exists.
/// </summary>
public sealed class DemoZoutEngine : IZoutEngine
{
    /// <summary>Spot frequencies of a sweep, mHz.</summary>
    public static readonly int[] SweepMilliHertz = { 20000, 50000, 100000, 1000000, 10000000, 20000000 };

    private const double ROhms = 0.5;
    private const double CFarads = 220e-6;
    private readonly CalibrationState _cal = new();
    private uint _seed = 20261122;
    private ZoutPoint? _last;

    public CalibrationState Calibration => _cal;

    public MeasurementStatus Calibrate(JackType jack, CalStandard standard, IProgressSink progress)
    {
        progress.Report(100, "cal " + standard);
        _cal.HasOpen |= standard == CalStandard.Open;
        _cal.HasShort |= standard == CalStandard.Short;
        _cal.HasLoad |= standard == CalStandard.Load;
        if (_cal.IsComplete)
        {
            _cal.CalibrationId++;
            _cal.CompletedSeconds = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        }

        return MeasurementStatus.Ok;
    }

    public void ClearCalibration()
    {
        _cal.HasOpen = _cal.HasShort = _cal.HasLoad = false;
        _cal.CalibrationId = 0;
    }

    public MeasurementResult Measure(JackType jack, IProgressSink progress)
    {
        Leg[] legs = jack == JackType.Se35
            ? new[] { Leg.SeLeft, Leg.SeRight }
            : new[] { Leg.BalLeftPlus, Leg.BalLeftMinus, Leg.BalRightPlus, Leg.BalRightMinus };
        var result = new MeasurementResult { Jack = jack, CalibrationId = _cal.CalibrationId, Legs = new LegResult[legs.Length], Status = MeasurementStatus.Ok };
        for (int i = 0; i < legs.Length; i++)
        {
            var points = new ZoutPoint[SweepMilliHertz.Length];
            for (int p = 0; p < points.Length; p++)
            {
                progress.Report(((i * points.Length) + p) * 100 / (legs.Length * points.Length), "leg " + ImpedanceMeter.Core.Protocol.ProtocolNames.Leg(legs[i]));
                points[p] = MeasurePoint(legs[i], SweepMilliHertz[p], NullProgress.Instance);
            }

            result.Legs[i] = new LegResult
            {
                Leg = legs[i],
                Points = points,
                Status = MeasurementStatus.Ok,
                Model = new ZoutModel { RMicroOhms = (int)(ROhms * 1e6), CNanoFarads = (int)(CFarads * 1e9), IsValid = true, ResidualMicroOhms = 300 },
            };
        }

        return result;
    }

    public ZoutPoint MeasurePoint(Leg leg, int frequencyMilliHertz, IProgressSink progress)
    {
        int f = frequencyMilliHertz == 0 ? 1000000 : frequencyMilliHertz;
        double w = 2 * Math.PI * f / 1000.0;
        double im = -1.0 / (w * CFarads);
        _last = new ZoutPoint
        {
            Leg = leg,
            FrequencyMilliHertz = f,
            ReMicroOhms = (int)Math.Round((ROhms * 1e6) + ((int)leg * 2000) + Scatter()),
            ImMicroOhms = (int)Math.Round((im * 1e6) + Scatter()),
            Status = MeasurementStatus.Ok,
        };
        return _last;
    }

    public void WriteLastCapture(ILineWriter writer)
    {
        writer.WriteLine("# ImpedanceMeter capture (demo engine: no raw samples)");
        if (_last != null)
        {
            writer.WriteLine("leg," + ImpedanceMeter.Core.Protocol.ProtocolNames.Leg(_last.Leg) + ",freq_mhz," + _last.FrequencyMilliHertz + ",re_uohm," + _last.ReMicroOhms + ",im_uohm," + _last.ImMicroOhms);
        }
    }

    private double Scatter()
    {
        _seed = (_seed * 1664525) + 1013904223;
        return ((_seed >> 8) % 1001) - 500.0;
    }

    private sealed class NullProgress : IProgressSink
    {
        public static readonly NullProgress Instance = new();

        public void Report(int percent, string stage)
        {
        }
    }
}
