using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Core.Tests.Measurement.Fakes
{
    /// <summary>A fake bench and an engine calibrated on it with open, short (0 Ω) and load (10 Ω) plugs.</summary>
    public sealed class CalibratedBench
    {
        /// <summary>The fake front end.</summary>
        public readonly FakeBench Bench;

        /// <summary>The engine under test.</summary>
        public readonly ZoutEngine Engine;

        /// <summary>Status of each calibration step (open, short, load).</summary>
        public readonly MeasurementStatus[] CalibrationStatuses = new MeasurementStatus[3];

        /// <summary>Builds the bench and runs the three standards on <paramref name="jack"/>.</summary>
        public CalibratedBench(JackType jack)
        {
            Bench = new FakeBench();
            Engine = new ZoutEngine(Bench, Bench, Bench, Bench, Bench, Bench, FrontEndConstants.Default());
            Bench.PlugAll(FakePlug.OpenCircuit());
            CalibrationStatuses[0] = Engine.Calibrate(jack, CalStandard.Open, null);
            Bench.PlugAll(FakePlug.Resistor(0));
            CalibrationStatuses[1] = Engine.Calibrate(jack, CalStandard.Short, null);
            Bench.PlugAll(FakePlug.Resistor(10.0));
            CalibrationStatuses[2] = Engine.Calibrate(jack, CalStandard.Load, null);
        }

        /// <summary>True when all three standards returned Ok.</summary>
        public bool CalibrationOk
        {
            get
            {
                return CalibrationStatuses[0] == MeasurementStatus.Ok && CalibrationStatuses[1] == MeasurementStatus.Ok && CalibrationStatuses[2] == MeasurementStatus.Ok;
            }
        }
    }
}
