using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.Tests.Measurement.Fakes
{
    /// <summary>Counts tone starts (the stream tests need no signal from it).</summary>
    public sealed class FakeToneGenerator : IToneGenerator
    {
        /// <summary>Start calls so far.</summary>
        public int Starts;

        /// <inheritdoc />
        public void Start(byte[] levelCodes, int periodMicroseconds)
        {
            Starts++;
        }

        /// <inheritdoc />
        public void Stop()
        {
        }
    }
}
