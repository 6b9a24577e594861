namespace ImpedanceMeter.Core.Dsp
{
    /// <summary>
    /// How a hardware-timed PWM generator (the ESP32 RMT loop of scheme c) realises a tone of N level codes in one
    /// period, and the fundamental of what it really plays. One period of T clock ticks is cut into N level slices
    /// [T·k/N, T·(k+1)/N); level k is high for round(code·slice/256) ticks of its slice, spread over
    /// <see cref="ItemsPerLevel"/> PWM items. The high time is whole ticks, so a level is realised as
    /// 256·high/slice codes, not its code: at 975.6 Hz (T = 82 000 ticks of 12.5 ns, 1577-tick slices) that is
    /// ±0.08 code per level, and the matched tone's computed fundamental F(a)/F(full) would be off by up to 0.15 %
    /// at 10–20 codes and 0.7 % at 6 (docs/measurement.md §5.7). The RMT adapter encodes with these rules, the
    /// simulator plays them, and <see cref="Fundamental"/> computes F from the realised levels. Pure integer code.
    /// </summary>
    public static class PwmToneLevels
    {
        /// <summary>Most PWM items per loop: 8 RAM blocks × 64 items, less the end marker (ESP32 TRM, RMT chapter, "RMT RAM"; DESIGN.md §3).</summary>
        public const int MaxItems = 511;

        /// <summary>Longest half-item, divided-clock ticks: the 15-bit duration field of an RMT item (ESP32 TRM, RMT chapter, "RMT RAM").</summary>
        public const int MaxDurationTicks = 32767;

        /// <summary>Largest clock divider: the 8-bit RMT_DIV_CNT_CHn (ESP32 TRM, RMT register summary).</summary>
        public const int MaxClockDivider = 255;

        /// <summary>Level codes span 0–255: a code c is c/256 of its slice high.</summary>
        public const int CodeSpan = 256;

        /// <summary>Fractional bits of a realised level (<see cref="RealizedLevelQ12"/>): 1/4096 code, so that rounding stays below 1e-5 of a 5-code tone's fundamental.</summary>
        public const int LevelFractionBits = 12;

        /// <summary>PWM items per level: as many as fit the loop (52 levels: 9 items, a 45.7 kHz carrier at 97.6 Hz).</summary>
        public static int ItemsPerLevel(int levels)
        {
            return MaxItems / levels;
        }

        /// <summary>
        /// Smallest clock divider 1–255 that divides <paramref name="clockTicks"/> (one period at the undivided clock) and
        /// keeps the longest of <paramref name="items"/> items within <see cref="MaxDurationTicks"/>; 0 if none.
        /// </summary>
        public static int Divider(long clockTicks, int items)
        {
            for (int d = 1; d <= MaxClockDivider; d++)
            {
                if (clockTicks % d == 0 && (clockTicks / d + items - 1) / items <= MaxDurationTicks)
                {
                    return d;
                }
            }

            return 0;
        }

        /// <summary>
        /// Ticks of the divided clock in one tone period of <paramref name="periodMicroseconds"/> µs with
        /// <paramref name="levels"/> levels, on a clock of <paramref name="ticksPerMicrosecond"/> (80: the RMT on APB_CLK,
        /// ESP32 TRM, Reset and Clock chapter). 0 when the generator's levels are exact (<paramref name="ticksPerMicrosecond"/> ≤ 0)
        /// or when no divider fits (the adapter then refuses the period).
        /// </summary>
        public static long PeriodTicks(int periodMicroseconds, int levels, int ticksPerMicrosecond)
        {
            if (ticksPerMicrosecond <= 0 || levels <= 0)
            {
                return 0;
            }

            long clockTicks = (long)periodMicroseconds * ticksPerMicrosecond;
            int divider = Divider(clockTicks, levels * ItemsPerLevel(levels));
            return divider == 0 ? 0 : clockTicks / divider;
        }

        /// <summary>First tick of level <paramref name="level"/>'s slice: floor(T·k/N).</summary>
        public static long LevelStartTicks(long periodTicks, int level, int levels)
        {
            return (periodTicks * level) / levels;
        }

        /// <summary>High ticks of a level of code <paramref name="code"/> over a slice of <paramref name="sliceTicks"/> ticks: round(code·slice/256).</summary>
        public static long LevelHighTicks(int code, long sliceTicks)
        {
            return ((code * sliceTicks) + (CodeSpan / 2)) / CodeSpan;
        }

        /// <summary>
        /// The level the generator plays for <paramref name="code"/> at position <paramref name="level"/>, in 1/4096 code
        /// (Q12): 256·high/slice rounded, or code exactly when <paramref name="periodTicks"/> is 0. Valid while every item
        /// keeps at least one high and one low tick (codes 38–218 of the played tone at every plan frequency).
        /// </summary>
        public static long RealizedLevelQ12(int code, long periodTicks, int level, int levels)
        {
            if (periodTicks <= 0)
            {
                return (long)code << LevelFractionBits;
            }

            long start = LevelStartTicks(periodTicks, level, levels);
            long slice = LevelStartTicks(periodTicks, level + 1, levels) - start;
            long high = LevelHighTicks(code, slice);
            return ((high * CodeSpan << LevelFractionBits) + (slice / 2)) / slice;
        }

        /// <summary>
        /// The fundamental of the tone of <paramref name="levels"/> levels mid + round(a·sin(2πk/N)) (as
        /// <see cref="SineTable.LevelCode"/> makes them) as the generator realises them, in code·Q12·Q14 units:
        /// Σ (realised_k − mid)·sin_k. Levels are taken as held for equal times: the slices differ by one tick, a
        /// factor common to every amplitude, so ratios of these sums are the ratios of the played fundamentals to
        /// within 2e-5 (tested against the exact pulse train). |result| &lt; 2^39 for amplitudes up to 127.
        /// </summary>
        public static long Fundamental(int levels, int midCode, int amplitudeCodes, long periodTicks)
        {
            long sum = 0;
            long mid = (long)midCode << LevelFractionBits;
            for (int k = 0; k < levels; k++)
            {
                int code = SineTable.LevelCode(k, levels, midCode, amplitudeCodes);
                long sinQ14 = ComplexMath.RoundShift(IntegerTrig.SinQ30(k, levels), 16);
                sum += (RealizedLevelQ12(code, periodTicks, k, levels) - mid) * sinQ14;
            }

            return sum;
        }
    }
}
