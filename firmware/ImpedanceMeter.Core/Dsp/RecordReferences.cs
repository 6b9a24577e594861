namespace ImpedanceMeter.Core.Dsp
{
    /// <summary>
    /// Q14 sine/cosine references for one stream record: <see cref="Samples"/> samples spanning exactly
    /// <see cref="Cycles"/> tone periods, entry j = sin/cos(2π·C·j/S). With gcd(S, C) small the tone is
    /// sampled at S/gcd distinct phases (41–82 in the stream plan instead of 8 at 1 kHz), so the ADC's
    /// nonlinearity is averaged over many codes per period. Built from <see cref="IntegerTrig"/> at start-up
    /// (angle 4·(C·j mod S) over 4·S: its multiple-of-4 rule).
    /// </summary>
    public sealed class RecordReferences
    {
        /// <summary>Samples per record (S).</summary>
        public readonly int Samples;

        /// <summary>Tone periods per record (C).</summary>
        public readonly int Cycles;

        /// <summary>sin(2π·C·j/S) in Q14, rounded half away from zero.</summary>
        public readonly short[] SinQ14;

        /// <summary>cos(2π·C·j/S) in Q14, rounded half away from zero.</summary>
        public readonly short[] CosQ14;

        /// <summary>Builds the references for records of <paramref name="samples"/> samples holding <paramref name="cycles"/> tone periods.</summary>
        public RecordReferences(int samples, int cycles)
        {
            if (samples < 4 || cycles < 1 || (2 * cycles) >= samples)
            {
                throw new System.ArgumentException("a record needs at least 4 samples and more than 2 per tone period");
            }

            Samples = samples;
            Cycles = cycles;
            SinQ14 = new short[samples];
            CosQ14 = new short[samples];
            for (int j = 0; j < samples; j++)
            {
                int step = 4 * (int)(((long)cycles * j) % samples);
                SinQ14[j] = (short)RoundShift(IntegerTrig.SinQ30(step, 4 * samples));
                CosQ14[j] = (short)RoundShift(IntegerTrig.CosQ30(step, 4 * samples));
            }
        }

        /// <summary>Q30 → Q14, rounded half away from zero (keeps odd symmetry).</summary>
        private static int RoundShift(int value)
        {
            return value >= 0 ? (value + (1 << 15)) >> 16 : -((-value + (1 << 15)) >> 16);
        }
    }
}
