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
    /// The worst |error| over readings e = d + c + w that share errors as a calibrated instrument's readings do, over
    /// <paramref name="trials"/> seeded trials, ascending (so the middle one is the median and the fraction at or below
    /// x is P(worst ≤ x); repeated calls give the same values): w = z·<paramref name="sigma"/> with z ~ N(0, 1) drawn per
    /// reading; c = g·<paramref name="groupSigma"/> with g ~ N(0, 1) drawn once per group (one calibration and
    /// insertion); d = u·<paramref name="instrumentHalfWidth"/> with u uniform on [−1, 1] drawn once per instrument (a
    /// standard's tolerance). All lengths equal; units those of the inputs.
    /// </summary>
    public static double[] WorstShared(int[] instrument, int[] group, double[] sigma, double[] groupSigma, double[] instrumentHalfWidth, int trials = 2001, int seed = 20261207)
    {
        int n = sigma.Length;
        if (n < 1 || instrument.Length != n || group.Length != n || groupSigma.Length != n || instrumentHalfWidth.Length != n)
        {
            throw new ArgumentException("needs at least one reading and equal lengths");
        }

        var rng = new Random(seed);
        var worst = new double[trials];
        var u = new Dictionary<int, double>();
        var c = new Dictionary<int, double>();
        for (int t = 0; t < trials; t++)
        {
            u.Clear();
            c.Clear();
            double m = 0;
            for (int r = 0; r < n; r++)
            {
                if (!u.TryGetValue(instrument[r], out double ui))
                {
                    u[instrument[r]] = ui = 2 * rng.NextDouble() - 1;
                }

                if (!c.TryGetValue(group[r], out double cg))
                {
                    c[group[r]] = cg = Normal(rng);
                }

                double e = ui * instrumentHalfWidth[r] + cg * groupSigma[r] + Normal(rng) * sigma[r];
                m = Math.Max(m, Math.Abs(e));
            }

            worst[t] = m;
        }

        Array.Sort(worst);
        return worst;
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

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
