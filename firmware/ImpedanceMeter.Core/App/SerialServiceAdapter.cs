using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Protocol;

namespace ImpedanceMeter.Core.App
{
    /// <summary>
    /// Protocol's <see cref="SerialCommandService"/> as the worker loop's <see cref="ISerialService"/>,
    /// with the IEM selection shared through the protocol's <see cref="IemLibraryAdapter"/>.
    /// </summary>
    public sealed class SerialServiceAdapter : ISerialService
    {
        private readonly SerialCommandService _service;
        private readonly IemLibraryAdapter _iems;

        /// <summary>Wraps <paramref name="service"/>, whose IEM seam is <paramref name="iems"/>.</summary>
        public SerialServiceAdapter(SerialCommandService service, IemLibraryAdapter iems)
        {
            _service = service;
            _iems = iems;
        }

        /// <summary>The protocol side's selection, or -1.</summary>
        public int SelectedIem
        {
            get { return _iems.SelectedIndex; }
        }

        /// <summary>Mirrors a keypad pick to the protocol side.</summary>
        public void SelectIem(int index)
        {
            _iems.Select(index);
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
