namespace ImpedanceMeter.Core.Dsp
{
    /// <summary>
    /// One period of the test tone, N steps long: the 8-bit codes written to the tone DAC and the
    /// Q14 sine/cosine references the synchronous detector multiplies the ADC codes with.
    /// Built at start-up from <see cref="IntegerTrig"/> (no committed data). The references are
    /// exactly antisymmetric (ref[k + N/2] = −ref[k]), so they sum to zero over a period and the
    /// ADC's DC level cancels exactly in the per-period accumulators.
    /// Heap: the codes are bytes (0–255) and the references shorts (|ref| ≤ 2^14 &lt; 2^15), widened
    /// to int in the products exactly as before; tables of the same N with another amplitude share
    /// the references (<see cref="SineTable(SineTable, int, int)"/>).
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
        public readonly byte[] DacCodes;

        /// <summary>sin(2πk/N) in Q14, rounded half away from zero (|value| ≤ 2^14).</summary>
        public readonly short[] SinQ14;

        /// <summary>cos(2πk/N) in Q14, rounded half away from zero (|value| ≤ 2^14).</summary>
        public readonly short[] CosQ14;

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
            DacCodes = new byte[steps];
            SinQ14 = new short[steps];
            CosQ14 = new short[steps];
            for (int k = 0; k < steps; k++)
            {
                SinQ14[k] = (short)ComplexMath.RoundShift(IntegerTrig.SinQ30(k, steps), 16);
                CosQ14[k] = (short)ComplexMath.RoundShift(IntegerTrig.CosQ30(k, steps), 16);
            }

            FillCodes(steps, midCode, amplitudeCodes);
        }

        /// <summary>A table of the same N as <paramref name="references"/> with another amplitude: only the DAC codes are new, the references are shared.</summary>
        /// <param name="references">Table whose N and sin/cos references are reused.</param>
        /// <param name="midCode">DAC code of the tone's centre.</param>
        /// <param name="amplitudeCodes">Peak deviation in DAC codes (1–127).</param>
        public SineTable(SineTable references, int midCode, int amplitudeCodes)
        {
            Steps = references.Steps;
            SinQ14 = references.SinQ14;
            CosQ14 = references.CosQ14;
            DacCodes = new byte[Steps];
            FillCodes(Steps, midCode, amplitudeCodes);
        }

        private void FillCodes(int steps, int midCode, int amplitudeCodes)
        {
            FillCodes(DacCodes, steps, midCode, amplitudeCodes);
        }

        /// <summary>
        /// Fills <paramref name="codes"/>[0..steps) with the tone levels mid + round(amplitude·sin(2πk/N)), clamped to 0–255
        /// (no allocation: the stream's matched captures refill one buffer).
        /// </summary>
        public static void FillCodes(byte[] codes, int steps, int midCode, int amplitudeCodes)
        {
            for (int k = 0; k < steps; k++)
            {
                codes[k] = (byte)LevelCode(k, steps, midCode, amplitudeCodes);
            }
        }

        /// <summary>Level <paramref name="k"/> of an N-level tone: mid + round(amplitude·sin(2πk/N)), clamped to 0–255.</summary>
        public static int LevelCode(int k, int steps, int midCode, int amplitudeCodes)
        {
            return FixedMath.Clamp(midCode + (int)ComplexMath.RoundShift((long)IntegerTrig.SinQ30(k, steps) * amplitudeCodes, 30), 0, 255);
        }
    }
}
