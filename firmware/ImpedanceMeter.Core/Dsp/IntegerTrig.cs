namespace ImpedanceMeter.Core.Dsp
{
    /// <summary>
    /// Sine of rational fractions of a turn, in integer arithmetic (no System.Math on the device
    /// core): sin(2π·step/steps) in Q30, from a Taylor series evaluated in Q30 with long
    /// intermediates. Worst error against double ≈ 3e-9 (a few Q30 steps), far below the Q14
    /// rounding of the tables built from it (tests/…/Dsp/IntegerTrigTests).
    /// </summary>
    public static class IntegerTrig
    {
        /// <summary>π/2 in Q30 (1.5707963267948966·2^30, rounded).</summary>
        private const long HalfPiQ30 = 1686629713L;

        /// <summary>
        /// sin(2π·<paramref name="step"/>/<paramref name="steps"/>) in Q30 (1.0 = 2^30).
        /// <paramref name="steps"/> must be a positive multiple of 4 (so quadrant boundaries fall
        /// on whole steps and the result is exactly antisymmetric: sin(k + steps/2) = −sin(k)).
        /// </summary>
        public static int SinQ30(int step, int steps)
        {
            int quarter = steps / 4;
            int k = step % steps;
            if (k < 0)
            {
                k += steps;
            }

            bool negative = k >= 2 * quarter;
            if (negative)
            {
                k -= 2 * quarter;
            }

            if (k > quarter)
            {
                k = (2 * quarter) - k;
            }

            // x = (π/2)·k/quarter in Q30, at most π/2 < 2 so it fits the int range of Q30.
            long x = ((HalfPiQ30 * k) + (quarter / 2)) / quarter;
            int value = SinFirstQuadrantQ30(x);
            return negative ? -value : value;
        }

        /// <summary>cos(2π·step/steps) in Q30; same rules as <see cref="SinQ30"/>.</summary>
        public static int CosQ30(int step, int steps)
        {
            return SinQ30(step + (steps / 4), steps);
        }

        /// <summary>sin(x) for x in [0, π/2], x and result in Q30. Taylor terms to x^17 (remainder &lt; 1e-10).</summary>
        private static int SinFirstQuadrantQ30(long xQ30)
        {
            long x2 = ((xQ30 * xQ30) + (1L << 29)) >> 30; // ≤ 2.47 in Q30 < 2^32: long
            long term = xQ30;
            long sum = xQ30;
            for (int n = 1; n <= 8; n++)
            {
                // term·x2 ≤ 2^31·2^32 = 2^63 is the worst case only for n = 0; terms shrink from n = 1.
                term = -(((term * x2) + (1L << 29)) >> 30) / ((2 * n) * ((2 * n) + 1));
                sum += term;
            }

            if (sum > FixedMath.OneQ30)
            {
                sum = FixedMath.OneQ30;
            }

            return (int)sum;
        }
    }
}
