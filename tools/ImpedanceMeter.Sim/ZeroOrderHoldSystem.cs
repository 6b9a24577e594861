namespace ImpedanceMeter.Sim;

/// <summary>
/// A continuous-time linear system x' = A·x + B·u driven by piecewise-constant inputs, advanced
/// exactly over any whole number of microseconds: x ← Φ(dt)·x + Γ(dt)·u with
/// [Φ Γ] = top rows of exp([[A, B], [0, 0]]·dt) (Van Loan), computed by scaling and squaring
/// and cached per step length. Exact for a zero-order-hold DAC and any stiffness.
/// </summary>
public sealed class ZeroOrderHoldSystem
{
    private readonly int _n;
    private readonly int _m;
    private readonly double[] _a;
    private readonly double[] _b;
    private readonly Dictionary<long, double[]> _cache = new();
    private readonly double[] _scratch;

    /// <summary>Number of states.</summary>
    public int States => _n;

    /// <summary>Creates the system from row-major A (n×n) and B (n×m).</summary>
    public ZeroOrderHoldSystem(double[] a, double[] b, int n, int m)
    {
        _n = n;
        _m = m;
        _a = (double[])a.Clone();
        _b = (double[])b.Clone();
        _scratch = new double[n];
    }

    /// <summary>Advances <paramref name="x"/> in place by <paramref name="dtUs"/> µs with inputs <paramref name="u"/> held.</summary>
    public void Advance(double[] x, double[] u, long dtUs)
    {
        if (dtUs <= 0)
        {
            return;
        }

        if (!_cache.TryGetValue(dtUs, out var phiGamma))
        {
            phiGamma = Discretize(dtUs * 1e-6);
            if (_cache.Count > 4096)
            {
                _cache.Clear();
            }

            _cache[dtUs] = phiGamma;
        }

        int w = _n + _m;
        for (int i = 0; i < _n; i++)
        {
            double s = 0;
            int row = i * w;
            for (int j = 0; j < _n; j++)
            {
                s += phiGamma[row + j] * x[j];
            }

            for (int j = 0; j < _m; j++)
            {
                s += phiGamma[row + _n + j] * u[j];
            }

            _scratch[i] = s;
        }

        Array.Copy(_scratch, x, _n);
    }

    /// <summary>Steady-state complex response C·(jωI − A)⁻¹·B[:, input] of state row <paramref name="stateIndex"/> at ω rad/s.</summary>
    public System.Numerics.Complex Response(int stateIndex, int input, double omega)
    {
        int n = _n;
        var m = new System.Numerics.Complex[n, n + 1];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                m[i, j] = (i == j ? new System.Numerics.Complex(0, omega) : 0) - _a[i * n + j];
            }

            m[i, n] = _b[i * _m + input];
        }

        // Gaussian elimination with partial pivoting.
        for (int c = 0; c < n; c++)
        {
            int piv = c;
            for (int r = c + 1; r < n; r++)
            {
                if (m[r, c].Magnitude > m[piv, c].Magnitude)
                {
                    piv = r;
                }
            }

            if (piv != c)
            {
                for (int j = 0; j <= n; j++)
                {
                    (m[c, j], m[piv, j]) = (m[piv, j], m[c, j]);
                }
            }

            for (int r = 0; r < n; r++)
            {
                if (r == c || m[c, c] == 0)
                {
                    continue;
                }

                var f = m[r, c] / m[c, c];
                for (int j = c; j <= n; j++)
                {
                    m[r, j] -= f * m[c, j];
                }
            }
        }

        return m[stateIndex, stateIndex] == 0 ? 0 : m[stateIndex, n] / m[stateIndex, stateIndex];
    }

    private double[] Discretize(double dt)
    {
        int w = _n + _m;
        var mat = new double[w * w];
        for (int i = 0; i < _n; i++)
        {
            for (int j = 0; j < _n; j++)
            {
                mat[i * w + j] = _a[i * _n + j] * dt;
            }

            for (int j = 0; j < _m; j++)
            {
                mat[i * w + _n + j] = _b[i * _m + j] * dt;
            }
        }

        var e = Expm(mat, w);
        var result = new double[_n * w];
        Array.Copy(e, result, _n * w);
        return result;
    }

    /// <summary>Matrix exponential by scaling and squaring with a degree-16 Taylor series (row-major w×w).</summary>
    public static double[] Expm(double[] m, int w)
    {
        double norm = 0;
        for (int i = 0; i < w; i++)
        {
            double row = 0;
            for (int j = 0; j < w; j++)
            {
                row += Math.Abs(m[i * w + j]);
            }

            norm = Math.Max(norm, row);
        }

        int s = norm > 0.25 ? (int)Math.Ceiling(Math.Log2(norm / 0.25)) : 0;
        double scale = Math.Pow(2, -s);
        var a = m.Select(v => v * scale).ToArray();
        var result = Identity(w);
        var term = Identity(w);
        for (int k = 1; k <= 16; k++)
        {
            term = Multiply(term, a, w);
            for (int i = 0; i < term.Length; i++)
            {
                term[i] /= k;
                result[i] += term[i];
            }
        }

        for (int k = 0; k < s; k++)
        {
            result = Multiply(result, result, w);
        }

        return result;
    }

    private static double[] Identity(int w)
    {
        var r = new double[w * w];
        for (int i = 0; i < w; i++)
        {
            r[i * w + i] = 1;
        }

        return r;
    }

    private static double[] Multiply(double[] x, double[] y, int w)
    {
        var r = new double[w * w];
        for (int i = 0; i < w; i++)
        {
            for (int k = 0; k < w; k++)
            {
                double v = x[i * w + k];
                if (v == 0)
                {
                    continue;
                }

                for (int j = 0; j < w; j++)
                {
                    r[i * w + j] += v * y[k * w + j];
                }
            }
        }

        return r;
    }
}
