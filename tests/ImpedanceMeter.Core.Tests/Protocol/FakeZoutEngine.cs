using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Core.Tests.Protocol
{
    /// <summary>A deterministic stand-in for the engine: fixed Zout per leg, counts every call.</summary>
    public sealed class FakeZoutEngine : IZoutEngine
    {
        private readonly CalibrationState _cal = new CalibrationState();

        public int MeasurePointCalls;
        public int MeasureCalls;
        public int CalibrateCalls;
        public int ClearCalls;
        public MeasurementStatus NextStatus = MeasurementStatus.Ok;
        public Leg LastLeg;
        public int LastFrequencyMilliHertz;
        public string ExtraCaptureLine;

        public CalibrationState Calibration
        {
            get { return _cal; }
        }

        public MeasurementStatus Calibrate(JackType jack, CalStandard standard, IProgressSink progress)
        {
            CalibrateCalls++;
            progress.Report(100, "cal");
            if (standard == CalStandard.Open) { _cal.HasOpen = true; }
            if (standard == CalStandard.Short) { _cal.HasShort = true; }
            if (standard == CalStandard.Load) { _cal.HasLoad = true; }
            if (_cal.IsComplete) { _cal.CalibrationId = 7; }
            return NextStatus;
        }

        public void ClearCalibration()
        {
            ClearCalls++;
            _cal.HasOpen = false;
            _cal.HasShort = false;
            _cal.HasLoad = false;
            _cal.CalibrationId = 0;
        }

        public MeasurementResult Measure(JackType jack, IProgressSink progress)
        {
            MeasureCalls++;
            MeasurementResult r = new MeasurementResult();
            r.Jack = jack;
            r.CalibrationId = _cal.CalibrationId;
            int legs = jack == JackType.Se35 ? 2 : 4;
            int first = jack == JackType.Se35 ? 0 : 2;
            r.Legs = new LegResult[legs];
            for (int i = 0; i < legs; i++)
            {
                LegResult leg = new LegResult();
                leg.Leg = (Leg)(first + i);
                leg.Points = new ZoutPoint[] { Point(leg.Leg, 100000), Point(leg.Leg, 1000000) };
                leg.Model = new ZoutModel();
                leg.Model.RMicroOhms = 500000 + (i * 1000);
                leg.Model.IsValid = true;
                r.Legs[i] = leg;
            }

            r.Status = NextStatus;
            return r;
        }

        public ZoutPoint MeasurePoint(Leg leg, int frequencyMilliHertz, IProgressSink progress)
        {
            MeasurePointCalls++;
            LastLeg = leg;
            LastFrequencyMilliHertz = frequencyMilliHertz;
            progress.Report(50, "point");
            return Point(leg, frequencyMilliHertz == 0 ? 1000000 : frequencyMilliHertz);
        }

        public void WriteLastCapture(ILineWriter writer)
        {
            writer.WriteLine("# capture v1");
            writer.WriteLine("samples,3");
            if (ExtraCaptureLine != null)
            {
                writer.WriteLine(ExtraCaptureLine);
            }
        }

        private ZoutPoint Point(Leg leg, int mhz)
        {
            ZoutPoint p = new ZoutPoint();
            p.Leg = leg;
            p.FrequencyMilliHertz = mhz;
            p.ReMicroOhms = 512345 + ((int)leg * 1000);
            p.ImMicroOhms = -1250;
            p.Status = NextStatus;
            return p;
        }
    }
}
