namespace ImpedanceMeter.Core.Dsp
{
    /// <summary>
    /// round(num·2^shift / den) for 64-bit operands without a 128-bit intermediate: the divisor
    /// is first reduced below 2^31 (both operands shifted together after the dividend was moved up
    /// to 2^61, so the relative error stays &lt; 2^-30),
    /// then the quotient is produced 30 bits at a time by long division. Saturates to ±long.MaxValue
    /// when the true result does not fit, and when den is 0.
    /// </summary>
    public static class ScaledDivision
    {
        /// <summary>round(num·2^shift/den), half away from zero; shift may be negative.</summary>
        public static long Divide(long num, long den, int shift)
        {
            bool negative = (num < 0) != (den < 0);
            ulong n = (ulong)FixedMath.Abs(num);
            ulong d = (ulong)FixedMath.Abs(den);
            // Keep n's precision: move it up to 2^62 before d is reduced (the shift compensates).
            while (n != 0 && n < (1UL << 61) && shift > -64)
            {
                n <<= 1;
                shift--;
            }

            while (d >= (1UL << 31))
            {
                d >>= 1;
                n >>= 1;
            }

            while (shift < 0 && d < (1UL << 30))
            {
                d <<= 1;
                shift++;
            }

            while (shift < 0)
            {
                n >>= 1;
                shift++;
            }

            if (d == 0)
            {
                return negative ? -long.MaxValue : long.MaxValue;
            }

            ulong q = n / d;
            ulong r = n % d;
            while (shift > 0)
            {
                int chunk = shift > 30 ? 30 : shift;
                if (q >= (1UL << (62 - chunk)))
                {
                    return negative ? -long.MaxValue : long.MaxValue;
                }

                // r < d < 2^31, so r << 30 < 2^61: no overflow.
                ulong wide = r << chunk;
                q = (q << chunk) + (wide / d);
                r = wide % d;
                shift -= chunk;
            }

            if (r >= d - r)
            {
                q++;
            }

            if (q > (ulong)long.MaxValue)
            {
                q = (ulong)long.MaxValue;
            }

            return negative ? -(long)q : (long)q;
        }

        /// <summary>Number of right shifts that bring |value| below 2^bits (0 if already below).</summary>
        public static int ShiftToFit(long value, int bits)
        {
            ulong v = (ulong)FixedMath.Abs(value);
            int s = 0;
            while ((v >> s) >= (1UL << bits))
            {
                s++;
            }

            return s;
        }
    }
}
