namespace ImpedanceMeter.Core.Dsp
{
    /// <summary>
    /// One period of the test tone, N steps long: the 8-bit codes written to the tone DAC and the
    /// Q14 sine/cosine references the synchronous detector multiplies the ADC codes with.
    /// Built at start-up from <see cref="IntegerTrig"/> (no committed data). The references are
    /// exactly antisymmetric (ref[k + N/2] = −ref[k]), so they sum to zero over a period and the
    /// ADC's DC level cancels exactly in the per-period accumulators.
    /// </summary>
    public sealed class SineTable
    {
        /// <summary>Scale of the references: 1.0 = 2^14 (Q14).</summary>
        public const int ReferenceOne = 1 << 14;

        /// <summary>Largest table length: keeps a period's Σ code·ref within an int (see <see cref="SyncDetector"/>).</summary>
        public const int MaxSteps = 96;

        /// <summary>Steps per period (N), a multiple of 4, at most <see cref="MaxSteps"/>.</summary>
        public readonly int Steps;

        /// <summary>Tone DAC codes 0–255, one per step: mid + round(amplitude·sin(2πk/N)).</summary>
        public readonly int[] DacCodes;

        /// <summary>sin(2πk/N) in Q14, rounded half away from zero.</summary>
        public readonly int[] SinQ14;

        /// <summary>cos(2πk/N) in Q14, rounded half away from zero.</summary>
        public readonly int[] CosQ14;

        /// <summary>Builds the table.</summary>
        /// <param name="steps">N: multiple of 4, 4–96.</param>
        /// <param name="midCode">DAC code of the tone's centre (128 on the 8-bit ESP32 DAC).</param>
        /// <param name="amplitudeCodes">Peak deviation in DAC codes (1–127).</param>
        public SineTable(int steps, int midCode, int amplitudeCodes)
        {
            if (steps < 4 || steps > MaxSteps || (steps % 4) != 0)
            {
                throw new System.ArgumentException("steps must be a multiple of 4 in 4..96");
            }

            Steps = steps;
            DacCodes = new int[steps];
            SinQ14 = new int[steps];
            CosQ14 = new int[steps];
            for (int k = 0; k < steps; k++)
            {
                int sinQ30 = IntegerTrig.SinQ30(k, steps);
                SinQ14[k] = RoundShift(sinQ30, 16);
                CosQ14[k] = RoundShift(IntegerTrig.CosQ30(k, steps), 16);
                DacCodes[k] = FixedMath.Clamp(midCode + RoundShift((long)sinQ30 * amplitudeCodes, 30), 0, 255);
            }
        }

        /// <summary>value / 2^shift rounded half away from zero (keeps the tables antisymmetric).</summary>
        private static int RoundShift(long value, int shift)
        {
            long half = 1L << (shift - 1);
            return value >= 0 ? (int)((value + half) >> shift) : -(int)((-value + half) >> shift);
        }
    }
}
