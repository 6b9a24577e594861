namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// What the application and the serial protocol ask of the measurement engine. The engine
    /// owns the ports (tone, sampler, fixture, clock); callers never touch the hardware.
    /// </summary>
    public interface IZoutEngine
    {
        /// <summary>Current calibration status.</summary>
        CalibrationState Calibration { get; }

        /// <summary>Measures one calibration standard on every leg of the jack; returns Ok or why not.</summary>
        MeasurementStatus Calibrate(JackType jack, CalStandard standard, IProgressSink progress);

        /// <summary>Forgets the calibration.</summary>
        void ClearCalibration();

        /// <summary>Measures every leg of the jack at every planned frequency and fits the model.</summary>
        MeasurementResult Measure(JackType jack, IProgressSink progress);

        /// <summary>Measures one leg at one frequency (0 = the default spot frequency).</summary>
        ZoutPoint MeasurePoint(Leg leg, int frequencyMilliHertz, IProgressSink progress);

        /// <summary>Writes the raw capture of the last measurement in the capture-file text format.</summary>
        void WriteLastCapture(ILineWriter writer);
    }
}
