namespace ImpedanceMeter.Core.Dsp
{
    /// <summary>
    /// Synchronous (lock-in) detection of the tone in ADC codes. Per period of N samples:
    /// I = Σ x_k·cos_k, Q = Σ x_k·sin_k with x_k the raw 12-bit code read after DAC step k and the
    /// Q14 references of <see cref="SineTable"/>. Because the references sum to exactly zero, the
    /// DC level cancels and |I| ≤ 2048·2^14·N·2/π &lt; 2^31 for N ≤ 100 (2.05e9 at N = 96): a period fits an int, a
    /// capture of up to 2^31 periods fits a long.
    /// The acquisition loop (Measurement/Acquisition) inlines the same arithmetic; this pure
    /// version is the reference the tests and the PC analyser use.
    /// </summary>
    public static class SyncDetector
    {
        /// <summary>Accumulates one period of <paramref name="table"/>.Steps codes starting at <paramref name="offset"/>.</summary>
        public static void AccumulatePeriod(int[] codes, int offset, SineTable table, out int sumCos, out int sumSin)
        {
            short[] c = table.CosQ14;
            short[] s = table.SinQ14;
            int ic = 0;
            int qs = 0;
            for (int k = 0; k < table.Steps; k++)
            {
                int x = codes[offset + k];
                ic += x * c[k];
                qs += x * s[k];
            }

            sumCos = ic;
            sumSin = qs;
        }

        /// <summary>
        /// Tone phasor in ADC codes, Q16 (peak amplitude; phase relative to the cosine at step 0):
        /// X = (I − j·Q)·2/(samples·2^14), i.e. (I − j·Q)·8/samples in Q16. |X| ≤ 2048 codes, so
        /// re and im fit an int (2^27).
        /// </summary>
        /// <param name="sumCos">Σ over whole periods of x·cos (Q14 references).</param>
        /// <param name="sumSin">Σ over whole periods of x·sin.</param>
        /// <param name="samples">Number of samples summed (whole periods × N), &gt; 0.</param>
        /// <param name="reQ16">Real part, codes in Q16.</param>
        /// <param name="imQ16">Imaginary part, codes in Q16.</param>
        public static void PhasorQ16(long sumCos, long sumSin, int samples, out int reQ16, out int imQ16)
        {
            reQ16 = FixedMath.SaturateToInt(ScaledDivision.Divide(sumCos, samples, 3));
            imQ16 = FixedMath.SaturateToInt(ScaledDivision.Divide(-sumSin, samples, 3));
        }
    }
}
