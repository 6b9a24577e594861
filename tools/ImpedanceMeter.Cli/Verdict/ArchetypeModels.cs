using System.Numerics;

namespace ImpedanceMeter.Cli.Verdict;

/// <summary>
/// Electrical models of four IEM archetypes, in double precision, with every component value
/// written down (docs/verdict.md, "Archetypes"). They are models of typical designs, not
/// measurements of any product. Z is in ohms, frequency in hertz.
/// </summary>
public static class ArchetypeModels
{
    /// <summary>One archetype: its library name, a one-line description and its impedance function.</summary>
    public sealed record Archetype(string Name, string Description, Func<double, Complex> Impedance);

    /// <summary>The four archetypes in library order.</summary>
    public static IReadOnlyList<Archetype> All { get; } = new[]
    {
        new Archetype(
            "model-1dd",
            "model, not measured: 1 dynamic, Re 32, Le 25uH, motional 4 Ohm at 150 Hz Q1.5",
            f => 32 + Inductor(f, 25e-6) + Motional(f, 4, 150, 1.5)),
        new Archetype(
            "model-1ba",
            "model, not measured: 1 BA, Re 9, Le 0.6mH par. 120 Ohm, motional 6 Ohm at 2.5 kHz Q2",
            f => 9 + Parallel(Inductor(f, 0.6e-3), 120) + Motional(f, 6, 2500, 2)),
        new Archetype(
            "model-3ba",
            "model, not measured: 3 BA, woofer+4.7mH, mid+3.3uF, tweeter+1uF, 8-53 Ohm",
            ThreeWayBalancedArmature),
        new Archetype(
            "model-hybrid",
            "model, not measured: 1 dynamic 18 Ohm in parallel with 1 BA behind 4.7uF, 8-21 Ohm",
            Hybrid),
    };

    /// <summary>
    /// Curve frequencies of every archetype: the R20 series around 1 kHz, 1000·10^(k/20) Hz for
    /// k = −35 … 27 (63 points, 17.8 Hz – 22.4 kHz, ≈ 1/6 octave, 1 kHz included).
    /// </summary>
    public static double[] Frequencies { get; } = Enumerable.Range(-35, 63).Select(k => 1000 * Math.Pow(10, k / 20.0)).ToArray();

    /// <summary>
    /// 3-way multi-BA: three balanced-armature drivers in parallel behind a passive crossover.
    /// Woofer: 2 Ω coil DCR + 4.7 mH series inductor + BA (Re 6 Ω, Le 0.5 mH ∥ 200 Ω).
    /// Mid: 3.3 µF series capacitor + BA (Re 33 Ω, Le 0.3 mH ∥ 150 Ω).
    /// Tweeter: 1 µF series capacitor + BA (Re 15 Ω, Le 0.1 mH ∥ 100 Ω).
    /// The 4.7 mH / 3.3 µF pair resonates near 1.3 kHz: |Z| swings 8 → 53 → 12 Ω.
    /// </summary>
    public static Complex ThreeWayBalancedArmature(double f)
    {
        Complex woofer = 2 + Inductor(f, 4.7e-3) + BalancedArmature(f, 6, 0.5e-3, 200);
        Complex mid = Capacitor(f, 3.3e-6) + BalancedArmature(f, 33, 0.3e-3, 150);
        Complex tweeter = Capacitor(f, 1e-6) + BalancedArmature(f, 15, 0.1e-3, 100);
        return Parallel(Parallel(woofer, mid), tweeter);
    }

    /// <summary>
    /// Hybrid: a dynamic driver (Re 18 Ω + Le 20 µH + motional 3 Ω at 90 Hz, Q 1.2) in parallel
    /// with a BA (Re 14 Ω, Le 0.4 mH ∥ 120 Ω) behind a 4.7 µF high-pass capacitor.
    /// </summary>
    public static Complex Hybrid(double f)
    {
        Complex dynamic = 18 + Inductor(f, 20e-6) + Motional(f, 3, 90, 1.2);
        Complex armature = Capacitor(f, 4.7e-6) + BalancedArmature(f, 14, 0.4e-3, 120);
        return Parallel(dynamic, armature);
    }

    /// <summary>A balanced armature's electrical side: Re in series with a lossy coil (Le ∥ Rp).</summary>
    public static Complex BalancedArmature(double f, double re, double le, double rp) => re + Parallel(Inductor(f, le), rp);

    /// <summary>
    /// Motional impedance of a driver's mechanical resonance as a parallel RLC: peak
    /// <paramref name="r"/> Ω at <paramref name="f0"/> Hz with quality factor
    /// <paramref name="q"/> (L = R/(Q·ω0), C = 1/(ω0²·L)).
    /// </summary>
    public static Complex Motional(double f, double r, double f0, double q)
    {
        double w0 = 2 * Math.PI * f0;
        double l = r / (q * w0);
        double c = 1 / (w0 * w0 * l);
        return 1 / ((1 / (Complex)r) + (1 / Inductor(f, l)) + (1 / Capacitor(f, c)));
    }

    /// <summary>jωL.</summary>
    public static Complex Inductor(double f, double henries) => new(0, 2 * Math.PI * f * henries);

    /// <summary>1/(jωC).</summary>
    public static Complex Capacitor(double f, double farads) => new(0, -1 / (2 * Math.PI * f * farads));

    /// <summary>a ∥ b.</summary>
    public static Complex Parallel(Complex a, Complex b) => a * b / (a + b);
}
