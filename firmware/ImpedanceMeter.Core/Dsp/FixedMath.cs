namespace ImpedanceMeter.Core.Dsp
{
    /// <summary>
    /// Integer helpers for the fixed-point core. Q formats: Qm.n means a signed integer holding
    /// value·2^n. Q16 = Q15.16 in an int (±32768, step 1.5e-5); Q30 in an int for values in
    /// [-2, 2) (step 9.3e-10). The nanoFramework mscorlib lacks Math.Abs(long) and
    /// Math.Clamp(int…) (DESIGN.md §3), so they live here.
    /// </summary>
    public static class FixedMath
    {
        /// <summary>1.0 in Q16.</summary>
        public const int OneQ16 = 1 << 16;

        /// <summary>1.0 in Q30.</summary>
        public const int OneQ30 = 1 << 30;

        /// <summary>
        /// Product of two Q16 values, rounded to nearest. The intermediate is a long, so any two
        /// int operands are safe; the result saturates to the int range.
        /// </summary>
        public static int MulQ16(int a, int b)
        {
            return SaturateToInt((((long)a * b) + (1L << 15)) >> 16);
        }

        /// <summary>
        /// Quotient a/b of two values in the same Q format, returned in Q16, rounded to nearest.
        /// <paramref name="b"/> must not be 0; saturates to the int range.
        /// </summary>
        public static int DivQ16(long a, long b)
        {
            bool negative = (a < 0) != (b < 0);
            ulong ua = (ulong)Abs(a);
            ulong ub = (ulong)Abs(b);
            // a·2^16 overflows 64 bits only when |a| ≥ 2^47; shift both down until it fits.
            while (ua >= (1UL << 47))
            {
                ua >>= 1;
                ub >>= 1;
            }

            if (ub == 0)
            {
                return negative ? int.MinValue : int.MaxValue;
            }

            ulong q = ((ua << 16) + (ub >> 1)) / ub;
            long signed = negative ? -(long)q : (long)q;
            return SaturateToInt(signed);
        }

        /// <summary>Absolute value of a long (long.MinValue maps to long.MaxValue).</summary>
        public static long Abs(long value)
        {
            if (value >= 0)
            {
                return value;
            }

            return value == long.MinValue ? long.MaxValue : -value;
        }

        /// <summary>Clamps an int into [min, max].</summary>
        public static int Clamp(int value, int min, int max)
        {
            if (value < min)
            {
                return min;
            }

            return value > max ? max : value;
        }

        /// <summary>Saturates a long to the int range.</summary>
        public static int SaturateToInt(long value)
        {
            if (value > int.MaxValue)
            {
                return int.MaxValue;
            }

            return value < int.MinValue ? int.MinValue : (int)value;
        }

        /// <summary>Floor of the square root of an unsigned 64-bit value (bit-by-bit, exact).</summary>
        public static ulong Isqrt(ulong value)
        {
            ulong result = 0;
            ulong bit = 1UL << 62;
            while (bit > value)
            {
                bit >>= 2;
            }

            while (bit != 0)
            {
                if (value >= result + bit)
                {
                    value -= result + bit;
                    result = (result >> 1) + bit;
                }
                else
                {
                    result >>= 1;
                }

                bit >>= 2;
            }

            return result;
        }
    }
}
