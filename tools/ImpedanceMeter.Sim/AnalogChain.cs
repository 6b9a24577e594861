using System.Numerics;

namespace ImpedanceMeter.Sim;

/// <summary>
/// The meter's analog chain as one linear state-space system in continuous time, rebuilt at
/// every switch change with its physical states (capacitor voltages, filter states) carried over:
///
///   DAC (ZOH) → 2nd-order Butterworth reconstruction (r1, r2) → attenuator/buffer (k) →
///   coupling capacitor Cc (vcc) → buffer Rb + shunt Rs → force relay Rr → [plug contact Rp →
///   source R, L (i), C (vc), EMF] → sense mux (meter node or leg) → high-pass (w) → low-pass (z)
///   → gain G → ADC.
///
/// Inputs: u0 = DAC deviation from mid-scale, V; u1 = the source's DC EMF at the leg, V.
/// Sinusoidal disturbances of the source (hum, music) are added from the steady-state transfer
/// function of u1; white noise is added per sample by the caller.
/// </summary>
public sealed class AnalogChain
{
    /// <summary>State indices.</summary>
    public const int R1 = 0, R2 = 1, Vcc = 2, Vc = 3, IL = 4, W = 5, Z = 6, N = 7;

    /// <summary>Input indices.</summary>
    public const int InDac = 0, InEmf = 1;

    /// <summary>State vector (physical, carried across reconfigurations).</summary>
    public double[] X { get; } = new double[N];

    /// <summary>Held inputs.</summary>
    public double[] U { get; } = new double[2];

    private ZeroOrderHoldSystem _system = null!;

    /// <summary>Sense gain in use, V/V.</summary>
    public double Gain { get; private set; }

    /// <summary>The current configuration's system (for transfer functions).</summary>
    public ZeroOrderHoldSystem System => _system;

    /// <summary>Rebuilds the system for a switch configuration.</summary>
    /// <param name="inst">The instrument (actual part values).</param>
    /// <param name="range">Shunt index.</param>
    /// <param name="gain">Sense gain index.</param>
    /// <param name="relayClosed">Force relay contact closed (current flows into the leg).</param>
    /// <param name="senseAtLeg">Sense mux at the leg (Kelvin); false = meter node.</param>
    /// <param name="relayOhms">Relay contact resistance of this closure, Ω.</param>
    /// <param name="rx">Leg series resistance including the plug contact, Ω.</param>
    /// <param name="cx">Leg series capacitance, F (0 = none).</param>
    /// <param name="lx">Leg series inductance, H.</param>
    public void Configure(Instrument inst, int range, int gain, bool relayClosed, bool senseAtLeg, double relayOhms, double rx, double cx, double lx)
    {
        var p = inst.Parameters;
        var a = new double[N * N];
        var b = new double[N * 2];
        double wc = 2 * Math.PI * inst.ReconCornerHz;
        double k = inst.GeneratorAttenuation;
        double rbs = p.BufferOutputOhms + inst.ShuntOhms[range];
        double rst = rbs + relayOhms;

        // Reconstruction filter: r1'' + √2·ωc·r1' + ωc²·r1 = ωc²·u0.
        a[R1 * N + R2] = 1;
        a[R2 * N + R1] = -wc * wc;
        a[R2 * N + R2] = -Math.Sqrt(2) * wc;
        b[R2 * 2 + InDac] = wc * wc;

        var nodeX = new double[N];
        var nodeU = new double[2];
        if (relayClosed)
        {
            double rt = rst + rx;
            double l = Math.Max(lx, p.StrayLoopTauS * rt);
            a[IL * N + R1] = k / l;
            a[IL * N + Vcc] = -1 / l;
            a[IL * N + Vc] = -1 / l;
            a[IL * N + IL] = -rt / l;
            b[IL * 2 + InEmf] = -1 / l;
            a[Vcc * N + IL] = 1 / p.CouplingFarads;
            if (cx > 0)
            {
                a[Vc * N + IL] = 1 / cx;
            }

            if (senseAtLeg)
            {
                nodeX[R1] = k; nodeX[Vcc] = -1; nodeX[IL] = -rst; // leg = e − vcc − Rst·i (Kelvin)
            }
            else
            {
                nodeX[R1] = k; nodeX[Vcc] = -1; nodeX[IL] = -rbs; // meter node, before the relay
            }
        }
        else
        {
            X[IL] = 0; // relay open: no loop current
            if (senseAtLeg)
            {
                nodeU[InEmf] = 1; // the source's own output
            }
            else
            {
                nodeX[R1] = k; nodeX[Vcc] = -1; // unloaded meter node
            }
        }

        double wh = 2 * Math.PI * inst.SenseHighpassHz[gain];
        double wl = 2 * Math.PI * inst.SenseLowpassHz[gain];
        for (int j = 0; j < N; j++)
        {
            a[W * N + j] = wh * nodeX[j];
            a[Z * N + j] = wl * nodeX[j];
        }

        a[W * N + W] -= wh;
        a[Z * N + W] -= wl;
        a[Z * N + Z] -= wl;
        for (int j = 0; j < 2; j++)
        {
            b[W * 2 + j] = wh * nodeU[j];
            b[Z * 2 + j] = wl * nodeU[j];
        }

        _system = new ZeroOrderHoldSystem(a, b, N, 2);
        Gain = inst.SenseGains[gain];
    }

    /// <summary>Advances the chain by <paramref name="dtUs"/> µs with the inputs held.</summary>
    public void Advance(long dtUs) => _system.Advance(X, U, dtUs);

    /// <summary>Sense amplifier output (deviation from the bias), V, from the states alone.</summary>
    public double SenseOutput => Gain * X[Z];

    /// <summary>Complex gain from the source EMF to the sense amplifier output at <paramref name="hz"/>.</summary>
    public Complex EmfGain(double hz) => Gain * _system.Response(Z, InEmf, 2 * Math.PI * hz);

    /// <summary>Complex gain from the DAC (deviation volts) to the sense amplifier output at <paramref name="hz"/>.</summary>
    public Complex DacGain(double hz) => Gain * _system.Response(Z, InDac, 2 * Math.PI * hz);
}
