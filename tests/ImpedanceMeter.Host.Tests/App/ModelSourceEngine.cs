using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Host.Tests.App;

/// <summary>
/// Host stand-in for the measurement engine in the flow test: it checks that the user plugged
/// the standard the meter asked for (else OverRange, like a real open measured as a short),
/// and measures the plugged source as an exact R + series C (points at 100 Hz, 1 kHz, 10 kHz
/// and a valid model), so the real verdict engine and screens run on known numbers.
/// </summary>
public sealed class ModelSourceEngine : IZoutEngine
{
    private readonly CalibrationState _state = new();

    public CalStandard? Plugged { get; set; }

    public double SourceROhms { get; set; }

    public double SourceCFarads { get; set; }

    public Func<long> NowSeconds { get; set; } = () => 0;

    public CalibrationState Calibration => _state;

    public MeasurementStatus Calibrate(JackType jack, CalStandard standard, IProgressSink progress)
    {
        for (int p = 0; p <= 100; p += 25)
        {
            progress.Report(p, "CAL");
        }

        if (Plugged != standard)
        {
            return MeasurementStatus.OverRange;
        }

        _state.HasOpen |= standard == CalStandard.Open;
        _state.HasShort |= standard == CalStandard.Short;
        _state.HasLoad |= standard == CalStandard.Load;
        if (_state.IsComplete)
        {
            _state.CalibrationId++;
            _state.CompletedSeconds = NowSeconds();
        }

        return MeasurementStatus.Ok;
    }

    public void ClearCalibration()
    {
        _state.HasOpen = _state.HasShort = _state.HasLoad = false;
    }

    public MeasurementResult Measure(JackType jack, IProgressSink progress)
    {
        var legs = jack == JackType.Se35 ? new[] { Leg.SeLeft, Leg.SeRight } : new[] { Leg.BalLeftPlus, Leg.BalLeftMinus, Leg.BalRightPlus, Leg.BalRightMinus, Leg.BalLeftDiff, Leg.BalRightDiff };
        var result = new MeasurementResult { Jack = jack, Status = MeasurementStatus.Ok, CalibrationId = _state.CalibrationId, Legs = new LegResult[legs.Length] };
        for (int i = 0; i < legs.Length; i++)
        {
            progress.Report(i * 100 / legs.Length, LegNames.Short(legs[i]) + " 1 kHz");
            double scale = legs[i] is Leg.BalLeftDiff or Leg.BalRightDiff ? 2 : 1;
            var points = new ZoutPoint[3];
            int[] mhz = { 100_000, 1_000_000, 10_000_000 };
            for (int p = 0; p < 3; p++)
            {
                double xc = SourceCFarads > 0 ? -1 / (2 * Math.PI * (mhz[p] / 1000.0) * SourceCFarads) : 0;
                points[p] = new ZoutPoint { Leg = legs[i], FrequencyMilliHertz = mhz[p], ReMicroOhms = (int)Math.Round(SourceROhms * scale * 1e6), ImMicroOhms = (int)Math.Round(xc * scale * 1e6), Status = MeasurementStatus.Ok };
            }

            result.Legs[i] = new LegResult
            {
                Leg = legs[i],
                Points = points,
                Status = MeasurementStatus.Ok,
                Model = new ZoutModel { RMicroOhms = (int)Math.Round(SourceROhms * scale * 1e6), CNanoFarads = (int)Math.Round(SourceCFarads / scale * 1e9), IsValid = true },
            };
        }

        progress.Report(100, "fit");
        return result;
    }

    public ZoutPoint MeasurePoint(Leg leg, int frequencyMilliHertz, IProgressSink progress) => new() { Leg = leg, Status = MeasurementStatus.Aborted };

    public void WriteLastCapture(ILineWriter writer) => writer.WriteLine("# model source engine: no capture");
}
