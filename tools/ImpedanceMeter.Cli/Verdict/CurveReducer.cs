using System.Numerics;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Cli.Verdict;

/// <summary>
/// Fits a full-resolution curve into an <see cref="IemProfile"/> of at most
/// <see cref="IemProfile.MaxCurvePoints"/> points, the way the device stores it. Points outside
/// 10 Hz–40 kHz are dropped (when at least two remain inside); then, starting from the two end
/// points, the point the current selection interpolates worst (|Z_file − Z_interp|/|Z_file|,
/// with the engine's interpolation: |Z| and phase linear in log f) is added until the budget is
/// used or every point is within 0.1 %. Peaks and dips therefore keep their points.
/// </summary>
public static class CurveReducer
{
    /// <summary>Band kept when the file extends beyond it, Hz.</summary>
    public const double LowHertz = 10, HighHertz = 40_000;

    /// <summary>Relative interpolation error below which no more points are added.</summary>
    public const double Tolerance = 1e-3;

    /// <summary>Indices of the kept points, increasing.</summary>
    public static int[] Select(ImpedanceCurve curve, int budget)
    {
        var band = Enumerable.Range(0, curve.Count).Where(i => curve.Hertz[i] >= LowHertz && curve.Hertz[i] <= HighHertz).ToList();
        if (band.Count < 2)
        {
            band = Enumerable.Range(0, curve.Count).ToList();
        }

        var chosen = new SortedSet<int> { band[0], band[^1] };
        while (chosen.Count < Math.Min(budget, band.Count))
        {
            int[] sel = chosen.ToArray();
            double worst = Tolerance;
            int worstIndex = -1;
            int s = 0;
            foreach (int i in band)
            {
                while (s < sel.Length - 2 && sel[s + 1] <= i)
                {
                    s++;
                }

                if (chosen.Contains(i))
                {
                    continue;
                }

                double error = RelativeError(curve, sel[s], sel[s + 1], i);
                if (error > worst)
                {
                    worst = error;
                    worstIndex = i;
                }
            }

            if (worstIndex < 0)
            {
                break;
            }

            chosen.Add(worstIndex);
        }

        return chosen.ToArray();
    }

    /// <summary>
    /// The profile of a file's curve: reduced, rounded to mHz, mΩ and 0.01°, nominal = |Z| at
    /// 1 kHz interpolated from the full curve (or the value given). Throws ImpedanceFileException
    /// when rounding merges two frequencies.
    /// </summary>
    public static IemProfile ToProfile(ImpedanceCurve curve, string name, IemOrigin origin, string source, double? nominalOhms)
    {
        int[] keep = Select(curve, IemProfile.MaxCurvePoints);
        var p = new IemProfile
        {
            Name = name,
            Origin = origin,
            Source = source,
            FrequencyMilliHertz = keep.Select(i => (int)Math.Round(curve.Hertz[i] * 1000)).ToArray(),
            MagnitudeMilliOhms = keep.Select(i => (int)Math.Round(curve.Ohms[i] * 1000)).ToArray(),
            PhaseCentiDegrees = keep.Select(i => (int)Math.Round(curve.Degrees[i] * 100)).ToArray(),
        };
        for (int i = 1; i < p.FrequencyMilliHertz.Length; i++)
        {
            if (p.FrequencyMilliHertz[i] <= p.FrequencyMilliHertz[i - 1])
            {
                throw new ImpedanceFileException(0, "two frequencies closer than 1 mHz");
            }
        }

        p.NominalMilliOhms = (int)Math.Round((nominalOhms ?? InterpolateMagnitude(curve, 1000)) * 1000);
        return p;
    }

    /// <summary>|Z| at <paramref name="hertz"/> (linear in log f between points, held outside), Ω.</summary>
    public static double InterpolateMagnitude(ImpedanceCurve c, double hertz)
    {
        if (hertz <= c.Hertz[0])
        {
            return c.Ohms[0];
        }

        for (int i = 1; i < c.Count; i++)
        {
            if (hertz <= c.Hertz[i])
            {
                double t = Math.Log(hertz / c.Hertz[i - 1]) / Math.Log(c.Hertz[i] / c.Hertz[i - 1]);
                return c.Ohms[i - 1] + (t * (c.Ohms[i] - c.Ohms[i - 1]));
            }
        }

        return c.Ohms[^1];
    }

    private static double RelativeError(ImpedanceCurve c, int a, int b, int i)
    {
        double t = Math.Log(c.Hertz[i] / c.Hertz[a]) / Math.Log(c.Hertz[b] / c.Hertz[a]);
        double mag = c.Ohms[a] + (t * (c.Ohms[b] - c.Ohms[a]));
        double deg = c.Degrees[a] + (t * (c.Degrees[b] - c.Degrees[a]));
        Complex interp = Complex.FromPolarCoordinates(mag, deg * Math.PI / 180);
        Complex actual = Complex.FromPolarCoordinates(c.Ohms[i], c.Degrees[i] * Math.PI / 180);
        return (actual - interp).Magnitude / c.Ohms[i];
    }
}
