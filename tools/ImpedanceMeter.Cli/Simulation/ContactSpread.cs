using System.Numerics;

namespace ImpedanceMeter.Cli.Simulation;

/// <summary>
/// What contact repeatability alone does to |Z| through the engine's open/short/load map, to first order, for contacts
/// as the simulator draws them (hardware/frontend.json, 1σ): a plug contact per insertion in series with the leg, and
/// the force relay's contact per closure in series with the shunt. No estimator can tell these from the source:
/// they change the circuit, not the samples' noise.
/// </summary>
public static class ContactSpread
{
    /// <summary>
    /// Standard deviation of |Z| (Ω) from the relay closure of the reading's own loaded capture, which scatters from
    /// reading to reading: the shunt reads R_s + δ, so m moves by δm/m = −δ/(R_s + Z).
    /// </summary>
    /// <param name="z">True impedance, Ω.</param>
    /// <param name="open">Open standard's ratio.</param>
    /// <param name="shortRatio">Short standard's ratio.</param>
    /// <param name="load">Load standard's ratio.</param>
    /// <param name="loadOhms">Z_L the engine assumes, Ω.</param>
    /// <param name="shortOhms">Z_S the engine assumes, Ω.</param>
    /// <param name="shuntOhms">The range's shunt, Ω.</param>
    /// <param name="relaySigmaOhms">Relay contact repeatability per closure, Ω (1σ).</param>
    public static double PerReadingOhms(Complex z, Complex open, Complex shortRatio, Complex load, double loadOhms, double shortOhms, double shuntOhms, double relaySigmaOhms)
    {
        Complex m = CalibrationCrb.RatioOf(z, open, shortRatio, load, loadOhms, shortOhms);
        Complex dz = CalibrationCrb.Derivative(3, m, open, shortRatio, load, loadOhms, shortOhms) * m / (shuntOhms + z);
        return Math.Abs(Project(z, dz)) * relaySigmaOhms;
    }

    /// <summary>
    /// Standard deviation of |Z| (Ω) shared by every reading of one insertion and calibration: the source plug's own
    /// contact (in series with the source, weight 1); the short plug's, averaged over <paramref name="shortInsertions"/>
    /// insertions, and the load plug's, both through the map's weight of Z_S and Z_L; and the relay closure of the load
    /// standard's loaded capture (δl/l = −δ/(R_s + Z_L)). The open standard has no contact; the short's relay closure
    /// moves s by s·δ/R_s, below 1 % of the rest, and is left out.
    /// </summary>
    /// <param name="z">True impedance, Ω.</param>
    /// <param name="open">Open standard's ratio.</param>
    /// <param name="shortRatio">Short standard's ratio.</param>
    /// <param name="load">Load standard's ratio.</param>
    /// <param name="loadOhms">Z_L the engine assumes, Ω.</param>
    /// <param name="shortOhms">Z_S the engine assumes, Ω.</param>
    /// <param name="shuntOhms">The range's shunt, Ω.</param>
    /// <param name="plugSigmaOhms">Plug contact repeatability per insertion, Ω (1σ).</param>
    /// <param name="relaySigmaOhms">Relay contact repeatability per closure, Ω (1σ).</param>
    /// <param name="shortInsertions">Insertions of the short plug averaged by the calibration.</param>
    public static double PerGroupOhms(Complex z, Complex open, Complex shortRatio, Complex load, double loadOhms, double shortOhms, double shuntOhms,
        double plugSigmaOhms, double relaySigmaOhms, int shortInsertions)
    {
        Complex m = CalibrationCrb.RatioOf(z, open, shortRatio, load, loadOhms, shortOhms);
        Complex denominator = (load - shortRatio) * (open - m);
        // Z = Z_L·wL + Z_S·wS: the standards' true values enter with these weights.
        Complex weightShort = (open - shortRatio) * (load - m) / denominator;
        Complex weightLoad = (m - shortRatio) * (open - load) / denominator;
        double source = Project(z, Complex.One) * plugSigmaOhms;
        double shortPlug = Project(z, weightShort) * plugSigmaOhms / Math.Sqrt(shortInsertions);
        double loadPlug = Project(z, weightLoad) * plugSigmaOhms;
        Complex loadRelay = CalibrationCrb.Derivative(2, m, open, shortRatio, load, loadOhms, shortOhms) * load / (shuntOhms + loadOhms);
        double relay = Project(z, loadRelay) * relaySigmaOhms;
        return Math.Sqrt(source * source + shortPlug * shortPlug + loadPlug * loadPlug + relay * relay);
    }

    /// <summary>The change of |Z| for a change dz of Z (first order): Re(conj(Z)·dz)/|Z|.</summary>
    private static double Project(Complex z, Complex dz) => (Complex.Conjugate(z) * dz).Real / z.Magnitude;
}
