namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// Base-2 logarithms of unsigned integers in Q32 (a long holding log2(x)·2^32), computed by
    /// normalisation and repeated squaring: the integer part is the position of the top bit, and
    /// each fractional bit is decided by squaring the Q31 mantissa m ∈ [1, 2) and checking
    /// whether m² ≥ 2. No table, no polynomial; 32 squarings of a 32-bit mantissa in a ulong
    /// (m² &lt; 2^64). Worst error measured against Math.Log2: see FixedLog2Tests (≈ 1e-9).
    /// </summary>
    public static class FixedLog2
    {
        /// <summary>1.0 in Q32 (log2 of 2).</summary>
        public const long OneQ32 = 1L << 32;

        private const ulong MantissaOneQ31 = 1UL << 31;
        private const ulong MantissaTwoQ31 = 1UL << 32;

        /// <summary>log2(<paramref name="x"/>) in Q32 for x ≥ 1 (range 0 … 64·2^32); x = 0 returns long.MinValue.</summary>
        public static long Log2Q32(ulong x)
        {
            if (x == 0)
            {
                return long.MinValue;
            }

            int top = 63;
            while ((x & (1UL << top)) == 0)
            {
                top--;
            }

            // Mantissa in Q31: m = x / 2^top ∈ [1, 2), rounded when bits are dropped.
            ulong m;
            if (top > 31)
            {
                int drop = top - 31;
                m = (x >> drop) + ((x >> (drop - 1)) & 1UL);
                if (m >= MantissaTwoQ31)
                {
                    m >>= 1;
                    top++;
                }
            }
            else
            {
                m = x << (31 - top);
            }

            long result = (long)top << 32;
            for (int bit = 31; bit >= 0; bit--)
            {
                // m < 2^32, so m·m < 2^64 fits a ulong; round to nearest Q31.
                m = ((m * m) + (1UL << 30)) >> 31;
                if (m >= MantissaTwoQ31)
                {
                    m = (m + 1) >> 1;
                    result |= 1L << bit;
                }
            }

            return result;
        }

        /// <summary>
        /// log2(re² + im²) in Q32 for any long components (not both 0; that returns long.MinValue).
        /// Components are shifted right by s until both fit 31 bits, so the squares' sum fits a
        /// ulong; 2·s is added back. Relative truncation ≤ 2^-30 when s &gt; 0, none otherwise.
        /// </summary>
        public static long Log2MagnitudeSquaredQ32(long re, long im)
        {
            ulong a = (ulong)ImpedanceMeter.Core.Dsp.FixedMath.Abs(re);
            ulong b = (ulong)ImpedanceMeter.Core.Dsp.FixedMath.Abs(im);
            int shift = 0;
            while (a >= (1UL << 31) || b >= (1UL << 31))
            {
                a >>= 1;
                b >>= 1;
                shift++;
            }

            ulong sum = (a * a) + (b * b);
            if (sum == 0)
            {
                return long.MinValue;
            }

            return Log2Q32(sum) + ((long)(2 * shift) << 32);
        }
    }
}
