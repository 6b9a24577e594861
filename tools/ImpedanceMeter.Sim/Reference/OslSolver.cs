using System.Numerics;

namespace ImpedanceMeter.Sim.Reference;

/// <summary>
/// Open/short/load correction of a one-port: the raw ratio m relates to the true Z by a bilinear
/// (Möbius) map m = (aZ + b)/(cZ + 1); three standards fix a, b, c (open Z = ∞, short Z = 0,
/// load Z = R_L), and Z = R_L·(m − m_s)(m_o − m_l) / ((m_l − m_s)(m_o − m)).
/// </summary>
public static class OslSolver
{
    /// <summary>Corrected impedance, Ω.</summary>
    public static Complex Correct(Complex m, Complex open, Complex shortM, Complex load, double loadOhms) =>
        loadOhms * (m - shortM) * (open - load) / ((load - shortM) * (open - m));

    /// <summary>Uncorrected impedance from the ratio V_l/V_u with a nominal shunt, Ω: Z = Rs·m/(1 − m).</summary>
    public static Complex Nominal(Complex m, double shuntOhms) => shuntOhms * m / (1 - m);
}
