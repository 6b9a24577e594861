using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Core.Tests.App
{
    /// <summary>
    /// Engine stand-in: calibration steps always succeed (unless told otherwise), Measure
    /// returns a fixed resistive result at 100 Hz, 1 kHz and 10 kHz with the configured status.
    /// </summary>
    public sealed class FakeEngine : IZoutEngine
    {
        private readonly CalibrationState _cal = new CalibrationState();

        public MeasurementStatus NextMeasureStatus = MeasurementStatus.Ok;
        public MeasurementStatus NextCalibrateStatus = MeasurementStatus.Ok;
        public bool ThrowOnMeasure;
        public int MeasureCalls;
        public int CalibrateCalls;
        public int ZoutMicroOhms = 512000;

        public CalibrationState Calibration
        {
            get { return _cal; }
        }

        public MeasurementStatus Calibrate(JackType jack, CalStandard standard, IProgressSink progress)
        {
            CalibrateCalls++;
            progress.Report(50, "cal");
            if (NextCalibrateStatus != MeasurementStatus.Ok)
            {
                return NextCalibrateStatus;
            }

            if (standard == CalStandard.Open)
            {
                _cal.HasOpen = true;
            }
            else if (standard == CalStandard.Short)
            {
                _cal.HasShort = true;
            }
            else
            {
                _cal.HasLoad = true;
                _cal.CalibrationId++;
            }

            return MeasurementStatus.Ok;
        }

        public void ClearCalibration()
        {
            _cal.HasOpen = false;
            _cal.HasShort = false;
            _cal.HasLoad = false;
        }

        public MeasurementResult Measure(JackType jack, IProgressSink progress)
        {
            MeasureCalls++;
            if (ThrowOnMeasure)
            {
                throw new System.InvalidOperationException("boom");
            }

            progress.Report(30, "L 1 kHz");
            progress.Report(80, "R 1 kHz");
            var result = new MeasurementResult();
            result.Jack = jack;
            result.Status = NextMeasureStatus;
            result.CalibrationId = _cal.CalibrationId;
            int legs = jack == JackType.Se35 ? 2 : 6;
            result.Legs = new LegResult[legs];
            for (int i = 0; i < legs; i++)
            {
                var leg = new LegResult();
                leg.Leg = (Leg)(jack == JackType.Se35 ? i : i + 2);
                leg.Status = i == 0 ? NextMeasureStatus : MeasurementStatus.Ok;
                leg.Points = new ZoutPoint[3];
                for (int p = 0; p < 3; p++)
                {
                    var point = new ZoutPoint();
                    point.Leg = leg.Leg;
                    point.FrequencyMilliHertz = p == 0 ? 100000 : (p == 1 ? 1000000 : 10000000);
                    point.ReMicroOhms = ZoutMicroOhms * (i >= 4 ? 2 : 1);
                    point.Status = MeasurementStatus.Ok;
                    leg.Points[p] = point;
                }

                leg.Model = new ZoutModel();
                result.Legs[i] = leg;
            }

            return result;
        }

        public ZoutPoint MeasurePoint(Leg leg, int frequencyMilliHertz, IProgressSink progress)
        {
            return new ZoutPoint();
        }

        public void WriteLastCapture(ILineWriter writer)
        {
            writer.WriteLine("fake");
        }
    }
}
