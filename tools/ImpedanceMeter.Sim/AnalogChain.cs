using System.Numerics;

namespace ImpedanceMeter.Sim;

/// <summary>
/// The meter's analog chain as one linear state-space system in continuous time, rebuilt at
/// every switch change with its physical states (capacitor voltages, filter states) carried over:
///
///   DAC (ZOH) → 2nd-order Butterworth reconstruction (r1, r2) → attenuator/buffer (k) →
///   coupling capacitor Cc (vcc) → buffer Rb + shunt Rs → force relay Rr → [plug contact Rp →
///   source R, L (i), C (vc), EMF] → AC coupling of each sense input (3 Hz, ahead of the mux:
///   the meter-node input w always tracks its node; each leg input's capacitor tracks its own
///   leg's DC while deselected, as on the hardware, so a DC offset never reaches the sense path:
///   the caller sets w2 to the newly selected leg's DC, see <see cref="ChargeLegInput"/>) →
///   sense mux → low-pass (z) → gain G → ADC.
///
/// Inputs: u0 = DAC deviation from mid-scale, V; u1 = the source's DC EMF at the leg, V.
/// Sinusoidal disturbances of the source (hum, music) are added from the steady-state transfer
/// function of u1; white noise is added per sample by the caller.
/// </summary>
public sealed class AnalogChain
{
    /// <summary>State indices.</summary>
    public const int R1 = 0, R2 = 1, Vcc = 2, Vc = 3, IL = 4, W = 5, Z = 6, W2 = 7, N = 8;

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

        // Voltages of the two sense inputs as linear combinations of states and inputs.
        var meterX = new double[N];
        var legX = new double[N];
        var legU = new double[2];
        meterX[R1] = k;
        meterX[Vcc] = -1;
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

            meterX[IL] = -rbs;           // meter node, before the relay
            legX[R1] = k;                // leg = e − vcc − Rst·i (Kelvin at the plug)
            legX[Vcc] = -1;
            legX[IL] = -rst;
        }
        else
        {
            X[IL] = 0;                   // relay open: no loop current
            legU[InEmf] = 1;             // the leg carries the source's own output
        }

        double wh1 = 2 * Math.PI * inst.SenseHighpassHz[0];
        double wh2 = 2 * Math.PI * inst.SenseHighpassHz[1];
        double wl = 2 * Math.PI * inst.SenseLowpassHz[gain];
        for (int j = 0; j < N; j++)
        {
            a[W * N + j] = wh1 * meterX[j];
            a[W2 * N + j] = senseAtLeg ? wh2 * legX[j] : 0;
            a[Z * N + j] = wl * (senseAtLeg ? legX[j] : meterX[j]);
        }

        a[W * N + W] -= wh1;
        if (senseAtLeg)
        {
            a[W2 * N + W2] -= wh2;
        }
        else
        {
            X[W2] = 0; // deselected: the caller recharges w2 to the leg's DC (ChargeLegInput) when it is selected
        }
        a[Z * N + (senseAtLeg ? W2 : W)] -= wl;
        a[Z * N + Z] -= wl;
        for (int j = 0; j < 2; j++)
        {
            b[W2 * 2 + j] = senseAtLeg ? wh2 * legU[j] : 0;
            b[Z * 2 + j] = senseAtLeg ? wl * legU[j] : 0;
        }

        _system = new ZeroOrderHoldSystem(a, b, N, 2);
        Gain = inst.SenseGains[gain];
    }

    /// <summary>
    /// Sets the selected leg input's coupling state to <paramref name="legDcVolts"/>: its capacitor has
    /// tracked the leg's DC while deselected (hardware/README.md), so selecting it shows no step.
    /// </summary>
    public void ChargeLegInput(double legDcVolts) => X[W2] = legDcVolts;

    /// <summary>Advances the chain by <paramref name="dtUs"/> µs with the inputs held.</summary>
    public void Advance(long dtUs) => _system.Advance(X, U, dtUs);

    /// <summary>Sense amplifier output (deviation from the bias), V, from the states alone.</summary>
    public double SenseOutput => Gain * X[Z];

    /// <summary>Complex gain from the source EMF to the sense amplifier output at <paramref name="hz"/>.</summary>
    public Complex EmfGain(double hz) => Gain * _system.Response(Z, InEmf, 2 * Math.PI * hz);

    /// <summary>Complex gain from the DAC (deviation volts) to the sense amplifier output at <paramref name="hz"/>.</summary>
    public Complex DacGain(double hz) => Gain * _system.Response(Z, InDac, 2 * Math.PI * hz);
}
