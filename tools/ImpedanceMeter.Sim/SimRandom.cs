namespace ImpedanceMeter.Sim;

/// <summary>Seeded random source (xoshiro-style via System.Random with a seed) with Gaussian and uniform helpers.</summary>
public sealed class SimRandom
{
    private readonly Random _random;
    private double _spare;
    private bool _hasSpare;

    /// <summary>Creates a generator; the same seed gives the same sequence on every run.</summary>
    public SimRandom(int seed) => _random = new Random(seed);

    /// <summary>Uniform in [0, 1).</summary>
    public double Next() => _random.NextDouble();

    /// <summary>Uniform in [min, max).</summary>
    public double Uniform(double min, double max) => min + (max - min) * _random.NextDouble();

    /// <summary>Uniform in [−limit, +limit).</summary>
    public double Symmetric(double limit) => Uniform(-limit, limit);

    /// <summary>Standard normal deviate (Marsaglia polar method).</summary>
    public double Gaussian()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spare;
        }

        double u, v, s;
        do
        {
            u = 2 * _random.NextDouble() - 1;
            v = 2 * _random.NextDouble() - 1;
            s = u * u + v * v;
        }
        while (s >= 1 || s == 0);
        double f = Math.Sqrt(-2 * Math.Log(s) / s);
        _spare = v * f;
        _hasSpare = true;
        return u * f;
    }

    /// <summary>Integer seed for a derived generator.</summary>
    public int NextSeed() => _random.Next();
}
