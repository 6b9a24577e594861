using System;
using ImpedanceMeter.Core.Dsp;
using ImpedanceMeter.Core.Ports;
using nanoFramework.Hardware.Esp32.Rmt;

namespace ImpedanceMeter.Adapters
{
    /// <summary>
    /// Scheme (c) tone: RMT channel 0 in loop mode on the tone pin (GPIO25), each level code as a few
    /// PWM cycles (RMT items), behind the 2 kHz reconstruction filter (hardware/frontend.json). The
    /// loop repeats on the APB clock with no CPU involvement. GPIO25 is also DAC channel 0: do not
    /// open <see cref="DacToneOutput"/> while this class drives the pin.
    /// </summary>
    /// <remarks>
    /// Upstream facts this relies on (nanoframework/nf-interpreter, targets/ESP32/_nanoCLR/
    /// nanoFramework.Hardware.Esp32.Rmt, legacy IDF driver): SendData copies the items and calls
    /// rmt_write_items, which appends the zero-length end marker and, for ≥ blocks × 64 items,
    /// silently turns loop mode off; a looping write holds the driver's TX semaphore until looping
    /// is disabled and the pass ends. <c>IsChannelIdle</c> returns the idle-output-enable flag, not
    /// the channel state, so it is not used. Bring-up: measure the loop period on a counter (the
    /// TRM does not say whether the wrap adds a tick).
    /// </remarks>
    public sealed class RmtToneGenerator : IToneGenerator
    {
        /// <summary>Most level codes per loop: one PWM item each at least (<see cref="PwmToneLevels.MaxItems"/>, ESP32 TRM, RMT chapter, "RMT RAM").</summary>
        public const int MaxLevels = PwmToneLevels.MaxItems;

        /// <summary>RMT source clock ticks per µs: APB_CLK = 80 MHz (ESP32 TRM, Reset and Clock chapter, CPU on PLL); FrontEndConstants.ToneClockTicksPerMicrosecond tells the core.</summary>
        public const int ApbTicksPerMicrosecond = 80;

        /// <summary>RMT channel used: channel 0 is the only one that may own all 8 RAM blocks (ESP32 TRM, RMT chapter, RMT_MEM_SIZE_CHn).</summary>
        public const int RmtChannelNumber = 0;

        /// <summary>RAM blocks owned by the channel (64 items each).</summary>
        public const int MemoryBlocks = 8;

        /// <summary>Clock divider of the idle pattern: 80 MHz / 1 = 12.5 ns ticks.</summary>
        public const int ParkDivider = 1;

        /// <summary>High and low time of the idle PWM item, ticks at <see cref="ParkDivider"/>: 5 µs + 5 µs = 100 kHz, 50 % duty = mid-scale after the filter.</summary>
        public const int ParkHalfTicks = 400;

        private const int BytesPerItem = 4;

        private readonly TransmitterChannel _channel;
        private readonly byte[] _park = new byte[BytesPerItem];
        private byte[] _items = new byte[BytesPerItem];

        /// <summary>Claims RMT channel 0 on GPIO <paramref name="gpio"/> (<see cref="PinMap.ToneGpio"/>) and starts the mid-scale idle loop.</summary>
        public RmtToneGenerator(int gpio)
        {
            var settings = new TransmitChannelSettings(RmtChannelNumber, gpio);
            settings.EnableCarrierWave = false; // the library defaults to a 38 kHz IR carrier
            settings.EnableLooping = false;
            settings.EnableIdleLevelOutput = true;
            settings.IdleLevel = false;
            settings.NumberOfMemoryBlocks = MemoryBlocks;
            settings.ClockDivider = ParkDivider;
            _channel = new TransmitterChannel(settings);
            Encode(_park, 0, ParkHalfTicks, ParkHalfTicks);
            Stop();
        }

        /// <summary>
        /// Loops <paramref name="levelCodes"/> (1–511 codes 0–255, 128 = mid) every
        /// <paramref name="periodMicroseconds"/> µs, exactly: the divider is the smallest that divides
        /// period × 80 and keeps every item ≤ 32767 ticks. Slices and high times follow <see cref="PwmToneLevels"/>,
        /// which the core uses to know the levels this plays. Each level is repeated as
        /// <see cref="MaxLevels"/>/levels PWM items (52 levels: 9 items, so the PWM carrier sits at 468
        /// items per period, 45.7 kHz at 97.6 Hz, far above the 2 kHz filter instead of one item per level
        /// at 5 kHz). A level's total high time is round(c/256 of its slice) and is spread over its items by
        /// cumulative rounding, so the level is exact to one tick of its whole slice; each item's high time is
        /// clamped to 1 … item − 1 ticks (a zero duration would end the loop). Allocates the item buffer only
        /// when the item count changes. The pin idles low for the few native calls between the old and the
        /// new loop.
        /// </summary>
        /// <exception cref="ArgumentException">More than 511 or no levels, or no divider fits the period.</exception>
        public void Start(byte[] levelCodes, int periodMicroseconds)
        {
            if (levelCodes == null)
            {
                throw new ArgumentNullException(nameof(levelCodes));
            }

            int n = levelCodes.Length;
            if (n == 0 || n > MaxLevels)
            {
                throw new ArgumentException("an RMT loop holds 1 to 511 levels", nameof(levelCodes));
            }

            int repeat = PwmToneLevels.ItemsPerLevel(n);
            int count = n * repeat;
            long apbTicks = (long)periodMicroseconds * ApbTicksPerMicrosecond;
            int divider = PwmToneLevels.Divider(apbTicks, count);
            if (divider == 0 || apbTicks / divider / count < 2)
            {
                throw new ArgumentException("no clock divider gives this period with 2 to 32767 ticks per item", nameof(periodMicroseconds));
            }

            if (_items.Length != count * BytesPerItem)
            {
                _items = new byte[count * BytesPerItem];
            }

            long ticks = apbTicks / divider;
            for (int k = 0; k < n; k++)
            {
                long levelStart = PwmToneLevels.LevelStartTicks(ticks, k, n);
                long levelSlice = PwmToneLevels.LevelStartTicks(ticks, k + 1, n) - levelStart;
                long levelHigh = PwmToneLevels.LevelHighTicks(levelCodes[k], levelSlice);
                for (int j = 0; j < repeat; j++)
                {
                    int slice = (int)((levelSlice * (j + 1) / repeat) - (levelSlice * j / repeat));
                    int high = (int)((levelHigh * (j + 1) / repeat) - (levelHigh * j / repeat));
                    if (high < 1)
                    {
                        high = 1;
                    }
                    else if (high > slice - 1)
                    {
                        high = slice - 1;
                    }

                    Encode(_items, ((k * repeat) + j) * BytesPerItem, high, slice - high);
                }
            }

            Switch(divider, _items);
        }

        /// <summary>Replaces the tone by the 100 kHz, 50 % idle loop: mid-scale after the filter.</summary>
        public void Stop()
        {
            Switch(ParkDivider, _park);
        }

        /// <summary>
        /// Ends the running loop and starts <paramref name="items"/> looping at <paramref name="divider"/>.
        /// The blocking one-shot write of the idle item waits (≤ one old period) for the old pass to
        /// end and release the driver's TX semaphore; looping is re-enabled only after that, so the
        /// next looping write cannot deadlock.
        /// </summary>
        private void Switch(int divider, byte[] items)
        {
            _channel.EnableLooping = false;
            if (_channel.ClockDivider != divider)
            {
                _channel.ClockDivider = (byte)divider;
            }

            _channel.SendData(_park, true);
            _channel.EnableLooping = true;
            _channel.SendData(items, false);
        }

        /// <summary>
        /// Writes one rmt_item32_t, little-endian: duration0 bits 14–0 with level0 (high) in bit 15,
        /// duration1 bits 30–16 with level1 (low) in bit 31 (ESP32 TRM, RMT chapter, "RMT RAM").
        /// </summary>
        private static void Encode(byte[] items, int offset, int highTicks, int lowTicks)
        {
            items[offset] = (byte)highTicks;
            items[offset + 1] = (byte)(0x80 | (highTicks >> 8));
            items[offset + 2] = (byte)lowTicks;
            items[offset + 3] = (byte)(lowTicks >> 8);
        }
    }
}
