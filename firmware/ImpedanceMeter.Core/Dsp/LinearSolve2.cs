namespace ImpedanceMeter.Core.Dsp
{
    /// <summary>
    /// Solves the 2×2 normal equations [a11 a12; a12 a22]·[x1; x2] = [b1; b2] of a two-column
    /// least-squares fit in integers. The matrix and the right-hand side are each normalised
    /// below 2^30 (joint shifts), so the determinant and the Cramer numerators stay below 2^61;
    /// the quotients are formed by <see cref="ScaledDivision"/> in Q<c>qOut</c>.
    /// </summary>
    public static class LinearSolve2
    {
        /// <summary>Returns false if the matrix is singular at the working precision.</summary>
        public static bool Solve(long a11, long a12, long a22, long b1, long b2, int qOut, out long x1, out long x2)
        {
            int sm = Max(ScaledDivision.ShiftToFit(a11, 30), Max(ScaledDivision.ShiftToFit(a12, 30), ScaledDivision.ShiftToFit(a22, 30)));
            int sb = Max(ScaledDivision.ShiftToFit(b1, 30), ScaledDivision.ShiftToFit(b2, 30));
            a11 >>= sm;
            a12 >>= sm;
            a22 >>= sm;
            b1 >>= sb;
            b2 >>= sb;
            long det = (a11 * a22) - (a12 * a12);
            if (det == 0)
            {
                x1 = 0;
                x2 = 0;
                return false;
            }

            long n1 = (a22 * b1) - (a12 * b2);
            long n2 = (a11 * b2) - (a12 * b1);
            // x = (n/det)·2^(sb − sm), returned in Q(qOut).
            x1 = ScaledDivision.Divide(n1, det, qOut + sb - sm);
            x2 = ScaledDivision.Divide(n2, det, qOut + sb - sm);
            return true;
        }

        private static int Max(int a, int b)
        {
            return a > b ? a : b;
        }
    }
}
