using System.Device.Adc;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Adapters
{
    /// <summary>
    /// The DC monitor, ADC1 channel 3 (GPIO39, net ADC_DCMON) read with <see cref="AdcChannel.ReadValue"/>:
    /// raw 12-bit codes at the firmware's fixed 12 dB attenuation, as for the sense channel.
    /// </summary>
    public sealed class AdcDcMonitor : IDcMonitor
    {
        private readonly AdcChannel _channel;

        /// <summary>Opens ADC1 logical channel <paramref name="channel"/>.</summary>
        public AdcDcMonitor(AdcController adc, int channel)
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
