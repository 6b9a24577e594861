namespace ImpedanceMeter.Sim.Reference;

/// <summary>
/// The estimation half of the shift-method ADC calibration (<see cref="AdcShiftScan"/>): least
/// squares for the correction T(code), piecewise linear on knots every <see cref="KnotSpacingCodes"/>
/// codes over the scanned range, with one unknown offset Δ_g per capture pair (the baseline of each
/// capture floats by a few codes: hum, coupling transients): the corrected codes of every pair
/// differ by the pair's offset, (b + T(b)) − (a + T(a)) = Δ_g. The differences only fix T up to a
/// straight line (absorbed by the gain and offset calibration) and up to components periodic in
/// Δ; weak second-difference smoothing fixes those. Outside the scanned range T is held at its
/// end values. Dense normal equations, ≈ 200 unknowns: a host yardstick, not device code.
/// </summary>
public static class AdcShiftSolver
{
    /// <summary>Knot spacing of the piecewise-linear correction, codes (a third of the ≈ 50-code shift).</summary>
    public const int KnotSpacingCodes = 16;

    /// <summary>Weight of the second-difference smoothing relative to one pair equation.</summary>
    public const double Smoothing = 3;

    /// <summary>
    /// Solves for the correction table: entry c is the INL to add to code c (x = c + T(c)), LSB,
    /// for codes 0…<paramref name="maxCode"/>. Throws if fewer than two valid pairs are given.
    /// </summary>
    public static double[] Solve(IReadOnlyList<AdcShiftPair> pairs, int maxCode)
    {
        var valid = pairs.Where(q => double.IsFinite(q.Low) && double.IsFinite(q.High)).ToArray();
        if (valid.Length < 2)
        {
            throw new ArgumentException("ADC shift scan: fewer than two valid pairs", nameof(pairs));
        }

        double lo = valid.Min(q => Math.Min(q.Low, q.High));
        double hi = valid.Max(q => Math.Max(q.Low, q.High));
        int knots = (int)Math.Ceiling((hi - lo) / KnotSpacingCodes) + 1;
        int groups = valid.Max(q => q.Group) + 1;
        var x = Fit(valid, lo, knots, groups);
        var table = new double[maxCode + 1];
        for (int c = 0; c <= maxCode; c++)
        {
            table[c] = Interpolate(x, Math.Clamp(c, lo, hi), lo, knots);
        }

        return table;
    }

    /// <summary>Least-squares knot values (then the group offsets) for <paramref name="pairs"/>.</summary>
    private static double[] Fit(AdcShiftPair[] pairs, double lo, int knots, int groups)
    {
        int n = knots + groups;
        var normal = new double[n, n];
        var rhs = new double[n];
        var row = new double[n];
        foreach (var q in pairs)
        {
            Array.Clear(row);
            AddInterpolation(row, q.High, lo, knots, 1);
            AddInterpolation(row, q.Low, lo, knots, -1);
            row[knots + q.Group] = -1;
            Accumulate(normal, rhs, row, q.Low - q.High, 1);
        }

        for (int j = 1; j < knots - 1; j++)
        {
            Array.Clear(row);
            row[j - 1] = 1;
            row[j] = -2;
            row[j + 1] = 1;
            Accumulate(normal, rhs, row, 0, Smoothing);
        }

        // Gauge: the correction has no mean and no slope over its knots (a line is gain and offset).
        Array.Clear(row);
        for (int j = 0; j < knots; j++)
        {
            row[j] = 1;
        }

        Accumulate(normal, rhs, row, 0, 100);
        for (int j = 0; j < knots; j++)
        {
            row[j] = j - (knots - 1) / 2.0;
        }

        Accumulate(normal, rhs, row, 0, 100);
        return GaussianElimination(normal, rhs);
    }

    private static double Interpolate(double[] x, double code, double lo, int knots)
    {
        Locate(code, lo, knots, out int j, out double f);
        return x[j] * (1 - f) + x[j + 1] * f;
    }

    private static void AddInterpolation(double[] row, double code, double lo, int knots, double sign)
    {
        Locate(code, lo, knots, out int j, out double f);
        row[j] += sign * (1 - f);
        row[j + 1] += sign * f;
    }

    /// <summary>Knot interval j and fraction f of <paramref name="code"/> (clamped to the first and last interval).</summary>
    private static void Locate(double code, double lo, int knots, out int j, out double f)
    {
        double u = (code - lo) / KnotSpacingCodes;
        j = Math.Clamp((int)Math.Floor(u), 0, knots - 2);
        f = u - j;
    }

    private static void Accumulate(double[,] normal, double[] rhs, double[] row, double value, double weight)
    {
        for (int i = 0; i < row.Length; i++)
        {
            if (row[i] == 0)
            {
                continue;
            }

            rhs[i] += weight * row[i] * value;
            for (int j = 0; j < row.Length; j++)
            {
                normal[i, j] += weight * row[i] * row[j];
            }
        }
    }

    private static double[] GaussianElimination(double[,] a, double[] b)
    {
        int n = b.Length;
        for (int c = 0; c < n; c++)
        {
            int pivot = c;
            for (int i = c + 1; i < n; i++)
            {
                if (Math.Abs(a[i, c]) > Math.Abs(a[pivot, c]))
                {
                    pivot = i;
                }
            }

            for (int j = 0; j < n; j++)
            {
                (a[c, j], a[pivot, j]) = (a[pivot, j], a[c, j]);
            }

            (b[c], b[pivot]) = (b[pivot], b[c]);
            for (int i = c + 1; i < n; i++)
            {
                double f = a[i, c] / a[c, c];
                if (f == 0)
                {
                    continue;
                }

                for (int j = c; j < n; j++)
                {
                    a[i, j] -= f * a[c, j];
                }

                b[i] -= f * b[c];
            }
        }

        var x = new double[n];
        for (int i = n - 1; i >= 0; i--)
        {
            double s = b[i];
            for (int j = i + 1; j < n; j++)
            {
                s -= a[i, j] * x[j];
            }

            x[i] = s / a[i, i];
        }

        return x;
    }
}
