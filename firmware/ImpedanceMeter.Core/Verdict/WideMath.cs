namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// Long-integer helpers of the verdict engine whose intermediate products would overflow 64
    /// bits if written naively: a long times a Q30 factor, the Q30 ratio of two longs, and the
    /// magnitude of a complex value. All round to nearest.
    /// </summary>
    public static class WideMath
    {
        /// <summary>
        /// a·q30/2^30 for any |a| &lt; 2^62 and |q30| ≤ 2^31, without overflow: a is split into
        /// 32-bit halves so each partial product stays below 2^63.
        /// </summary>
        public static long MulQ30(long a, long q30)
        {
            bool negative = (a < 0) != (q30 < 0);
            ulong ua = (ulong)ImpedanceMeter.Core.Dsp.FixedMath.Abs(a);
            ulong ub = (ulong)ImpedanceMeter.Core.Dsp.FixedMath.Abs(q30);
            ulong hi = ua >> 32;
            ulong lo = ua & 0xFFFFFFFFUL;
            ulong result = ((hi * ub) << 2) + (((lo * ub) + (1UL << 29)) >> 30);
            return negative ? -(long)result : (long)result;
        }

        /// <summary>
        /// num/den in Q30 for 0 ≤ num ≤ den, den &gt; 0 (a fraction in [0, 1]). Both are shifted
        /// right together until num·2^30 fits; den keeps ≥ 33 significant bits when that happens.
        /// </summary>
        public static long RatioQ30(long num, long den)
        {
            while (num >= (1L << 33) || den >= (1L << 62))
            {
                num >>= 1;
                den >>= 1;
            }

            if (den <= 0)
            {
                return 0;
            }

            return ((num << 30) + (den >> 1)) / den;
        }
    }
}
