namespace ImpedanceMeter.Core.Dsp
{
    /// <summary>
    /// Complex fixed-point arithmetic on (re, im) pairs of longs or ints. Callers name the Q
    /// format; these helpers keep every intermediate inside 64 bits by normalising operands
    /// (tests/…/Dsp/ComplexMathTests compare with double using a fixed-seed LCG).
    /// </summary>
    public static class ComplexMath
    {
        /// <summary>
        /// Quotient a/b of two complex values in the same (any) Q format, returned in Q<paramref name="qOut"/>,
        /// rounded, saturated to the int range (and to ±int.MaxValue when b is 0).
        /// Method: both operands are normalised to 30-bit magnitude (relative error 2^-29), so
        /// a·conj(b) and |b|² stay below 2^62; the quotient uses <see cref="ScaledDivision"/>.
        /// </summary>
        public static void Divide(long aRe, long aIm, long bRe, long bIm, int qOut, out int re, out int im)
        {
            int sa = Normalise(ref aRe, ref aIm);
            int sb = Normalise(ref bRe, ref bIm);
            long den = (bRe * bRe) + (bIm * bIm);
            if (den == 0)
            {
                re = aRe >= 0 ? int.MaxValue : -int.MaxValue;
                im = aIm >= 0 ? int.MaxValue : -int.MaxValue;
                return;
            }

            long numRe = (aRe * bRe) + (aIm * bIm);
            long numIm = (aIm * bRe) - (aRe * bIm);

            // a/b = (a'/b')·2^(sa - sb) where a' = a·2^-sa, b' = b·2^-sb.
            int shift = qOut + sa - sb;
            re = FixedMath.SaturateToInt(ScaledDivision.Divide(numRe, den, shift));
            im = FixedMath.SaturateToInt(ScaledDivision.Divide(numIm, den, shift));
        }

        /// <summary>
        /// Product of a (Q<paramref name="qa"/>) and b (Q<paramref name="qb"/>) as Q<paramref name="qOut"/>
        /// longs. Requires |a|, |b| &lt; 2^31 per component (ints); products are formed in long and
        /// the sum of two products needs qa + qb + 2 ≤ 64 bits of headroom: ints keep it ≤ 2^63.
        /// </summary>
        public static void Multiply(int aRe, int aIm, int bRe, int bIm, int qa, int qb, int qOut, out long re, out long im)
        {
            int shift = qa + qb - qOut;
            long pRe = ((long)aRe * bRe) - ((long)aIm * bIm);
            long pIm = ((long)aRe * bIm) + ((long)aIm * bRe);
            re = RoundShift(pRe, shift);
            im = RoundShift(pIm, shift);
        }

        /// <summary>|re + j·im| (same Q format as the inputs), floor of the exact value.</summary>
        public static long Magnitude(long re, long im)
        {
            int s = ScaledDivision.ShiftToFit(re, 31);
            int t = ScaledDivision.ShiftToFit(im, 31);
            if (t > s)
            {
                s = t;
            }

            ulong r = (ulong)FixedMath.Abs(re >> s);
            ulong i = (ulong)FixedMath.Abs(im >> s);
            return (long)FixedMath.Isqrt((r * r) + (i * i)) << s;
        }

        /// <summary>value·2^-shift rounded half away from zero (shift ≥ 0); value·2^-shift exactly for shift &lt; 0.</summary>
        public static long RoundShift(long value, int shift)
        {
            if (shift <= 0)
            {
                return value << -shift;
            }

            long half = 1L << (shift - 1);
            return value >= 0 ? (value + half) >> shift : -((-value + half) >> shift);
        }

        /// <summary>Shifts (re, im) so that the larger magnitude lies in [2^29, 2^30); returns the right-shift applied (negative for left).</summary>
        private static int Normalise(ref long re, ref long im)
        {
            long big = FixedMath.Abs(re) > FixedMath.Abs(im) ? FixedMath.Abs(re) : FixedMath.Abs(im);
            if (big == 0)
            {
                return 0;
            }

            int s = 0;
            while (big >= (1L << 30))
            {
                big >>= 1;
                s++;
            }

            while (big < (1L << 29))
            {
                big <<= 1;
                s--;
            }

            re = s >= 0 ? re >> s : re << -s;
            im = s >= 0 ? im >> s : im << -s;
            return s;
        }
    }
}
