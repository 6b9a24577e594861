namespace ImpedanceMeter.Cli.Simulation;

/// <summary>
/// How large the worst of n Gaussian errors is, in units of their σ: the yardstick for "worst error" columns
/// (an estimator at the Cramér–Rao bound with no bias still shows this much in n readings).
/// </summary>
public static class GaussianExtremes
{
    /// <summary>
    /// The median of max|x| over <paramref name="n"/> independent N(0, 1) draws: the x where (2Φ(x) − 1)ⁿ = ½.
    /// 1 → 0.674, 96 → 2.688, 192 → 2.911.
    /// </summary>
    public static double MedianWorstSigma(int n)
    {
        if (n < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "needs at least one draw");
        }

        double inside = Math.Pow(0.5, 1.0 / n);
        double lo = 0, hi = 10;
        for (int i = 0; i < 80; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (1 - Erfc(mid / Math.Sqrt(2)) < inside)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }

    /// <summary>
    /// Complementary error function for x ≥ 0, relative error below 1.2e-7 (Numerical Recipes, 3rd ed., §6.2.2,
    /// the Chebyshev-fitted erfc).
    /// </summary>
    private static double Erfc(double x)
    {
        double t = 1 / (1 + 0.5 * x);
        double poly = -x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
            + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
        return t * Math.Exp(poly);
    }
}
