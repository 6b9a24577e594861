using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Protocol;

namespace ImpedanceMeter.Core.App
{
    /// <summary>Protocol's <see cref="SerialCommandService"/> as the worker loop's <see cref="ISerialService"/>.</summary>
    public sealed class SerialServiceAdapter : ISerialService
    {
        private readonly SerialCommandService _service;

        /// <summary>Wraps <paramref name="service"/>.</summary>
        public SerialServiceAdapter(SerialCommandService service)
        {
            _service = service;
        }

        /// <summary>One step of serial work.</summary>
        public bool Poll()
        {
            return _service.Poll();
        }

        /// <summary>Streams a keypad-started result (if the PC enabled streaming).</summary>
        public void PublishResult(MeasurementResult result)
        {
            _service.PublishResult(result);
        }
    }
}
