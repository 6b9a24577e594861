using System.Device.Adc;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Adapters
{
    /// <summary>
    /// One ADC1 channel read with <see cref="AdcChannel.ReadValue"/>: raw 12-bit codes, no
    /// eFuse calibration, 12 dB attenuation fixed by the firmware (DESIGN.md §3).
    /// </summary>
    public sealed class AdcSampler : ISampler
    {
        private readonly AdcChannel _channel;

        /// <summary>Opens ADC1 logical channel <paramref name="channel"/>.</summary>
        public AdcSampler(AdcController adc, int channel)
        {
            _channel = adc.OpenChannel(channel);
        }

        /// <summary>One conversion, 0–4095.</summary>
        public int Read()
        {
            return _channel.ReadValue();
        }
    }
}
