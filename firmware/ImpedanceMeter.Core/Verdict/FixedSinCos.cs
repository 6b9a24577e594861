namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// Cosine and sine of an impedance phase in [-90°, +90°], Q30 results (1.0 = 2^30), by
    /// Taylor series in nested (Horner) form evaluated in Q30 longs: sin to the x^13 term, cos to
    /// x^14. For |x| ≤ π/2 the truncation is below 7e-10 (sin) and 7e-11 (cos), under one Q30
    /// step; rounding adds a few steps. Worst error vs Math.Sin/Cos: see FixedSinCosTests.
    /// </summary>
    public static class FixedSinCos
    {
        /// <summary>1.0 in Q30.</summary>
        public const long OneQ30 = 1L << 30;

        /// <summary>
        /// Radians per centidegree in Q40: π/18000·2^40 = 191 900 980.69 (rounded). Multiplying a
        /// Q16 centidegree angle by it and shifting by 26 gives radians in Q30.
        /// </summary>
        private const long RadiansPerCentiDegreeQ40 = 191900981L;

        /// <summary>Converts a Q16 centidegree angle (clamped to ±90°) into radians in Q30.</summary>
        public static long RadiansQ30(long centiDegreesQ16)
        {
            long limit = 9000L << 16;
            if (centiDegreesQ16 > limit)
            {
                centiDegreesQ16 = limit;
            }
            else if (centiDegreesQ16 < -limit)
            {
                centiDegreesQ16 = -limit;
            }

            // |angle| ≤ 9000·2^16 ≈ 2^29.1; times 2^27.6 stays below 2^57.
            long product = centiDegreesQ16 * RadiansPerCentiDegreeQ40;
            return (product + (1L << 25)) >> 26;
        }

        /// <summary>cos(x) in Q30 for x in radians Q30 with |x| ≤ π/2.</summary>
        public static long CosQ30(long radiansQ30)
        {
            long x2 = Square(radiansQ30);
            long t = OneQ30;
            for (int n = 13; n >= 1; n -= 2)
            {
                // t ← 1 − x²·t / ((n)(n+1)); n = 13, 11 … 1 gives the cos series to x^14.
                t = OneQ30 - (MulQ30(x2, t) / (n * (n + 1)));
            }

            return t;
        }

        /// <summary>sin(x) in Q30 for x in radians Q30 with |x| ≤ π/2.</summary>
        public static long SinQ30(long radiansQ30)
        {
            long x2 = Square(radiansQ30);
            long t = OneQ30;
            for (int n = 12; n >= 2; n -= 2)
            {
                // t ← 1 − x²·t / ((n)(n+1)); n = 12, 10 … 2 gives the sin series to x^13.
                t = OneQ30 - (MulQ30(x2, t) / (n * (n + 1)));
            }

            return MulQ30(radiansQ30, t);
        }

        private static long Square(long q30)
        {
            return MulQ30(q30, q30);
        }

        private static long MulQ30(long a, long b)
        {
            // Both |a|, |b| ≤ 2.5·2^30 here, so the product stays below 2^63.
            return ((a * b) + (1L << 29)) >> 30;
        }
    }
}
