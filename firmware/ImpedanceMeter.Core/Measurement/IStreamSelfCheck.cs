namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>An engine that can run scheme (c)'s bring-up clock check (DIAG:STREAM? over the serial protocol).</summary>
    public interface IStreamSelfCheck
    {
        /// <summary>Runs <paramref name="check"/> on the generator alone and returns its status (results in <paramref name="check"/>).</summary>
        MeasurementStatus CheckStreamClock(StreamClockCheck check);
    }
}
