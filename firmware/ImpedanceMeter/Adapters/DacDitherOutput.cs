using System.Device.Dac;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Adapters
{
    /// <summary>Dither offset on ESP32 DAC2 (GPIO26).</summary>
    public sealed class DacDitherOutput : IDitherOutput
    {
        private readonly DacChannel _channel;

        /// <summary>Opens DAC channel <paramref name="channel"/> at code 0 (no offset).</summary>
        public DacDitherOutput(DacController dac, int channel)
        {
            _channel = dac.OpenChannel(channel);
            _channel.WriteValue(0);
        }

        /// <summary>Writes a code 0–255.</summary>
        public void Write(int code)
        {
            _channel.WriteValue((ushort)code);
        }
    }
}
