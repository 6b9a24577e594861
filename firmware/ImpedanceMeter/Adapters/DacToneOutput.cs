using System.Device.Dac;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Adapters
{
    /// <summary>Tone generator on ESP32 DAC1 (GPIO25): forwards 8-bit codes to <see cref="DacChannel.WriteValue"/>.</summary>
    public sealed class DacToneOutput : IToneOutput
    {
        /// <summary>Mid-scale DAC code: the generator's idle level (hardware/frontend.json "tone_dac.midscale_code").</summary>
        public const int MidScale = 128;

        private readonly DacChannel _channel;

        /// <summary>Opens DAC channel <paramref name="channel"/> and parks it at mid-scale.</summary>
        public DacToneOutput(DacController dac, int channel)
        {
            _channel = dac.OpenChannel(channel);
            Silence();
        }

        /// <summary>Writes a code 0–255.</summary>
        public void Write(int code)
        {
            _channel.WriteValue((ushort)code);
        }

        /// <summary>Parks the output at mid-scale.</summary>
        public void Silence()
        {
            _channel.WriteValue(MidScale);
        }
    }
}
