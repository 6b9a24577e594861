namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>Receives text line by line (a capture dump, a protocol response), without one big string.</summary>
    public interface ILineWriter
    {
        /// <summary>Writes one line (no terminator).</summary>
        void WriteLine(string line);
    }
}
