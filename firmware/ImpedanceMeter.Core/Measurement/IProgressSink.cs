namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>Receives progress of a long operation, so the UI and the serial link can show it.</summary>
    public interface IProgressSink
    {
        /// <summary>Reports progress in percent (0–100) and a short stage name ("L 100 Hz").</summary>
        void Report(int percent, string stage);
    }
}
