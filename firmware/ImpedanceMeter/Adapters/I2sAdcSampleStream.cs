using System;
using System.Device.I2s;
using ImpedanceMeter.Core.Ports;
using nanoFramework.Hardware.Esp32;

namespace ImpedanceMeter.Adapters
{
    /// <summary>
    /// Scheme (c) sample stream: I2S0 (<c>BusId</c> 1) sampling one ADC1 channel by DMA in
    /// <see cref="I2sMode.AdcBuiltIn"/> mode, 16-bit mono, 12 dB attenuation (fixed by the native
    /// code), raw 12-bit codes like <see cref="AdcSampler"/>.
    /// </summary>
    /// <remarks>
    /// Read from nanoframework/nf-interpreter targets/ESP32/_nanoCLR/System.Device.I2s
    /// (sys_dev_i2s_native_System_Device_I2s_I2sDevice.cpp) and the ESP-IDF legacy driver it calls;
    /// unverified on a board — bring-up risks:
    /// <list type="bullet">
    /// <item>The native ADC channel is the one whose GPIO is mapped as I2S1_MDATA_IN (hence the
    /// <see cref="Configuration.SetPinFunction"/> call); ADC1 only, I2S0 only.</item>
    /// <item><see cref="I2sDevice.Read"/> keeps bytes 6–7 of every 8-byte DMA frame for 16-bit mono,
    /// i.e. one DMA sample in four (<see cref="DmaSamplesPerStreamSample"/>), with no anti-alias
    /// filter: the front end must keep noise above 4 kHz out.</item>
    /// <item><see cref="I2sDevice.Read"/> waits with portMAX_DELAY: it blocks the whole CLR (every
    /// managed thread) until <c>count</c> samples have arrived, count × 125 µs.</item>
    /// <item>Overrun is not detectable: when the DMA queue is full the driver drops the oldest
    /// buffer and reports it only through an event queue, which nanoFramework does not install.
    /// <see cref="Read"/> therefore always returns true; the core checks its lag against
    /// <see cref="RingSamples"/> (≈ 120 ms: 15 queued DMA buffers, 960 stream samples) with its clock.</item>
    /// <item>The driver rejects a master clock divider ≥ 256 (160 MHz / (rate × 32)), so the I2S
    /// rate cannot go below ≈ 19.6 kHz: if bring-up shows one DMA sample per stream sample, 8 kHz
    /// is not reachable this way.</item>
    /// <item>While the stream runs the driver holds the ADC1 lock: <c>AdcChannel.ReadValue</c> on
    /// ADC1 (DC monitor, battery, lock-step sampler) blocks until <see cref="Stop"/>.</item>
    /// </list>
    /// </remarks>
    public sealed class I2sAdcSampleStream : ISampleStream
    {
        /// <summary>Stream samples per second, Hz (one every 125 µs).</summary>
        public const int StreamSampleRateHertz = 8000;

        /// <summary>
        /// DMA samples per stream sample: the native 16-bit mono frame map keeps 2 of every 8 DMA
        /// bytes (nf-interpreter i2s_frame_map, "Mono, 16-bits"). Set to 1 if bring-up measures the
        /// stream at the configured I2S rate.
        /// </summary>
        public const int DmaSamplesPerStreamSample = 4;

        /// <summary>Rate given to the I2S driver, Hz: the DMA sample rate, 32 kHz.</summary>
        public const int I2sSampleRateHertz = StreamSampleRateHertz * DmaSamplesPerStreamSample;

        /// <summary>I2S bus id: nanoFramework ids are 1-based, so 1 = I2S0, the only port with the built-in ADC (DESIGN.md §3).</summary>
        public const int I2sBusId = 1;

        /// <summary>
        /// DMA ring, bytes: 16 descriptors × 256 frames × 2 bytes (the native code divides by 512);
        /// the driver queues descriptors − 1 = 15 full buffers = 3840 DMA samples = 120 ms at 32 kHz.
        /// </summary>
        public const int DmaBufferBytes = 16 * 256 * 2;

        /// <summary>Stream samples per native read, the size of the preallocated byte buffer / 2.</summary>
        public const int ChunkSamples = 256;

        /// <summary>
        /// ADC code bits of a DMA word; bits 15–12 carry the channel number (ESP32 TRM, On-Chip
        /// Sensors and Analog Signal Processing chapter, SAR ADC DIG controller data format type I;
        /// DESIGN.md §3).
        /// </summary>
        public const int CodeMask = 0x0FFF;

        private const int BytesPerSample = 2;

        private readonly I2sConnectionSettings _settings;
        private readonly byte[] _raw = new byte[ChunkSamples * BytesPerSample];
        private I2sDevice _device;

        /// <summary>Maps the GPIO of ADC1 channel <paramref name="adc1Channel"/> (0–7, <see cref="PinMap.SenseAdcChannel"/>) to I2S0 data-in; nothing runs until <see cref="Start"/>.</summary>
        public I2sAdcSampleStream(int adc1Channel)
        {
            Configuration.SetPinFunction(Adc1Gpio(adc1Channel), DeviceFunction.I2S1_MDATA_IN);
            _settings = new I2sConnectionSettings(I2sBusId);
            _settings.Mode = I2sMode.Master | I2sMode.Rx | I2sMode.AdcBuiltIn;
            _settings.SampleRate = I2sSampleRateHertz;
            _settings.BitsPerSample = I2sBitsPerSample.Bit16;
            _settings.ChannelFormat = I2sChannelFormat.OnlyLeft;
            _settings.CommunicationFormat = I2sCommunicationFormat.I2S;
            _settings.BufferSize = DmaBufferBytes;
        }

        /// <summary>Interval between stream samples, µs: 125.</summary>
        public int SampleMicroseconds
        {
            get { return 1000000 / StreamSampleRateHertz; }
        }

        /// <summary>
        /// Stream samples the driver buffers before it drops the oldest: 15 queued DMA buffers (descriptors − 1) of
        /// <see cref="DmaBufferBytes"/>/16 bytes = 3840 DMA samples = 960 stream samples = 120 ms. The core compares its
        /// own lag with this, since the driver reports no overrun.
        /// </summary>
        public int RingSamples
        {
            get { return (15 * (DmaBufferBytes / 16) / 2) / DmaSamplesPerStreamSample; }
        }

        /// <summary>Stops any running stream, then installs the driver, which starts DMA sampling at once.</summary>
        public void Start()
        {
            Stop();
            _device = new I2sDevice(_settings);
        }

        /// <summary>
        /// Blocks (the whole CLR) until <paramref name="count"/> samples arrived; stores 12-bit codes
        /// 0–4095. No allocation. Always true: overrun cannot be detected (see remarks).
        /// </summary>
        /// <exception cref="InvalidOperationException">The stream is not started.</exception>
        public bool Read(int[] buffer, int count)
        {
            if (_device == null)
            {
                throw new InvalidOperationException("sample stream not started");
            }

            if (buffer == null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (count < 0 || count > buffer.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            int done = 0;
            while (done < count)
            {
                int n = count - done;
                if (n > ChunkSamples)
                {
                    n = ChunkSamples;
                }

                _device.Read(new SpanByte(_raw, 0, n * BytesPerSample));
                for (int i = 0; i < n; i++)
                {
                    int b = i * BytesPerSample;
                    buffer[done + i] = (_raw[b] | (_raw[b + 1] << 8)) & CodeMask;
                }

                done += n;
            }

            return true;
        }

        /// <summary>Uninstalls the driver (ADC mode off, ADC1 lock released); no-op when stopped.</summary>
        public void Stop()
        {
            if (_device != null)
            {
                _device.Dispose();
                _device = null;
            }
        }

        /// <summary>GPIO of ADC1 channel 0–7: 36, 37, 38, 39, 32, 33, 34, 35 (DESIGN.md §3, ESP32 datasheet pin list).</summary>
        private static int Adc1Gpio(int channel)
        {
            switch (channel)
            {
                case 0: return 36;
                case 1: return 37;
                case 2: return 38;
                case 3: return 39;
                case 4: return 32;
                case 5: return 33;
                case 6: return 34;
                case 7: return 35;
                default: throw new ArgumentOutOfRangeException(nameof(channel));
            }
        }
    }
}
