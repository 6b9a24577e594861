using System.Numerics;

namespace ImpedanceMeter.Cli.Simulation;

/// <summary>
/// The white-noise floor a calibration leaves in every reading it corrects: the Cramér–Rao spread of the open,
/// short and load standards' ratios, carried through the open/short/load map to |Z|. One calibration serves all
/// readings of a leg, so this part of the error is an offset shared by them, not scatter between them.
/// </summary>
public static class CalibrationCrb
{
    /// <summary>
    /// Standard deviation of |Z|, Ω, from the noise of the three standards' gain-normalised ratios at a reading of
    /// true impedance <paramref name="z"/>. The map is the engine's (OslCalibration.Solve):
    /// Z = (Z_L·(m − s)(o − l) + Z_S·(o − s)(l − m)) / ((l − s)(o − m)).
    /// Each standard's noise is given relative to its ratio, as variances in the magnitude and phase directions
    /// (rad²): a perturbation x·(1 + ε_mag + i·ε_phase).
    /// </summary>
    /// <param name="z">True impedance of the reading, Ω.</param>
    /// <param name="open">Open standard's ratio o.</param>
    /// <param name="shortRatio">Short standard's ratio s.</param>
    /// <param name="load">Load standard's ratio l.</param>
    /// <param name="loadOhms">Z_L the engine assumes, Ω.</param>
    /// <param name="shortOhms">Z_S the engine assumes, Ω.</param>
    /// <param name="openVar">Relative variances (magnitude, phase) of o.</param>
    /// <param name="shortVar">Relative variances of s.</param>
    /// <param name="loadVar">Relative variances of l.</param>
    public static double SigmaOhms(Complex z, Complex open, Complex shortRatio, Complex load, double loadOhms, double shortOhms,
        (double Magnitude, double Phase) openVar, (double Magnitude, double Phase) shortVar, (double Magnitude, double Phase) loadVar)
    {
        Complex m = RatioOf(z, open, shortRatio, load, loadOhms, shortOhms);
        double variance = 0;
        for (int k = 0; k < 3; k++)
        {
            Complex x = k == 0 ? open : k == 1 ? shortRatio : load;
            // d|Z| = Re(conj(Z)/|Z| · dZ/dx · x · (ε_mag + i ε_phase)) = Re(u)·ε_mag − Im(u)·ε_phase.
            Complex u = Complex.Conjugate(z) / z.Magnitude * Derivative(k, m, open, shortRatio, load, loadOhms, shortOhms) * x;
            var v = k == 0 ? openVar : k == 1 ? shortVar : loadVar;
            variance += u.Real * u.Real * v.Magnitude + u.Imaginary * u.Imaginary * v.Phase;
        }

        return Math.Sqrt(variance);
    }

    /// <summary>
    /// dZ/dx of the map for x = the open (<paramref name="k"/> 0), short (1) or load (2) standard's ratio, or the
    /// reading's own ratio m (3). The map is holomorphic in each, so a central difference along the real axis is the
    /// complex derivative.
    /// </summary>
    public static Complex Derivative(int k, Complex m, Complex open, Complex shortRatio, Complex load, double loadOhms, double shortOhms)
    {
        Complex x = k == 0 ? open : k == 1 ? shortRatio : k == 2 ? load : m;
        double h = 1e-6 * Math.Max(x.Magnitude, 1e-3);
        return (Map(Shift(k, m, h, 3), Shift(k, open, h, 0), Shift(k, shortRatio, h, 1), Shift(k, load, h, 2), loadOhms, shortOhms)
            - Map(Shift(k, m, -h, 3), Shift(k, open, -h, 0), Shift(k, shortRatio, -h, 1), Shift(k, load, -h, 2), loadOhms, shortOhms)) / (2 * h);
    }

    /// <summary>The corrected Z of ratio m (the engine's map, in double).</summary>
    public static Complex Map(Complex m, Complex o, Complex s, Complex l, double loadOhms, double shortOhms) =>
        (loadOhms * (m - s) * (o - l) + shortOhms * (o - s) * (l - m)) / ((l - s) * (o - m));

    /// <summary>The ratio m that the map takes to <paramref name="z"/> (the map is linear in m after clearing its denominator).</summary>
    public static Complex RatioOf(Complex z, Complex o, Complex s, Complex l, double loadOhms, double shortOhms) =>
        (z * (l - s) * o + loadOhms * (o - l) * s - shortOhms * (o - s) * l)
        / (loadOhms * (o - l) - shortOhms * (o - s) + z * (l - s));

    private static Complex Shift(int k, Complex x, double h, int which) => k == which ? x + h : x;
}
