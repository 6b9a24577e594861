using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Core.Tests.Measurement.Fakes
{
    /// <summary>Collects written lines into a fixed array (no generic list on the device).</summary>
    public sealed class LineCollector : ILineWriter
    {
        private readonly string[] _lines = new string[20000];
        private int _count;

        /// <inheritdoc />
        public void WriteLine(string line)
        {
            _lines[_count++] = line;
        }

        /// <summary>The lines written so far.</summary>
        public string[] Lines()
        {
            string[] copy = new string[_count];
            System.Array.Copy(_lines, copy, _count);
            return copy;
        }
    }
}
