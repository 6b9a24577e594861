using System.Numerics;
using ImpedanceMeter.Core.Ports;
using ImpedanceMeter.Sim;

namespace ImpedanceMeter.Host.Tests.Simulator;

/// <summary>The simulated chain against closed-form circuit theory.</summary>
[TestClass]
public sealed class AnalogChainPhysicsTests
{
    private static SimulatedMeter Meter(SourceSpec source, int range, FixtureMode mode, SimParameters? p = null)
    {
        var m = new SimulatedMeter(p ?? SimTestParameters.Load(), 0, 1);
        m.Plug(JackLoad.ForSource(source));
        m.Fixture.SelectRange(range);
        m.Fixture.SetMode(mode);
        m.Clock.Sleep(20); // past the relay operate time
        return m;
    }

    [TestMethod]
    public void LoadedOverUnloadedIsTheDividerZxOverZsPlusZx()
    {
        // Contacts at their nominal values so the series path is known exactly.
        var p = SimTestParameters.Load() with { RelayRepeatabilityOhms = 0, PlugRepeatabilityOhms = 0 };
        foreach (var src in new[] { new SourceSpec { ROhms = 0.5 }, new SourceSpec { ROhms = 0.5, CFarads = 220e-6 }, new SourceSpec { ROhms = 33 } })
        {
            foreach (double hz in new[] { 30.0, 100, 1000 })
            {
                var unloaded = Meter(src, 0, FixtureMode.Unloaded, p).Chain.DacGain(hz);
                var m = Meter(src, 0, FixtureMode.Loaded, p);
                var loaded = m.Chain.DacGain(hz);
                double w = 2 * Math.PI * hz;
                var zx = src.Zout(hz) + new Complex(p.PlugContactOhms, 0);
                var zs = new Complex(p.BufferOutputOhms + m.Instrument.ShuntOhms[0] + p.RelayContactOhms, -1 / (w * p.CouplingFarads));
                var expected = zx / (zs + zx);
                var ratio = loaded / unloaded;
                // 1e-4: the 1 ns stray loop time constant (SimParameters.StrayLoopTauS) is the only extra term.
                Assert.AreEqual(0, (ratio - expected).Magnitude / expected.Magnitude, 1e-4, $"{src.ROhms} Ω, C {src.CFarads}, {hz} Hz");
            }
        }
    }

    [TestMethod]
    public void UnloadedGainIsReconstructionTimesSenseFiltersTimesGain()
    {
        var m = Meter(new SourceSpec { ROhms = 1 }, 1, FixtureMode.Unloaded);
        var inst = m.Instrument;
        foreach (double hz in new[] { 30.0, 100, 1000, 2000 })
        {
            double w = 2 * Math.PI * hz;
            var s = new Complex(0, w);
            double wc = 2 * Math.PI * inst.ReconCornerHz, wh = 2 * Math.PI * inst.SenseHighpassHz[0], wl = 2 * Math.PI * inst.SenseLowpassHz[0];
            var recon = wc * wc / (s * s + Math.Sqrt(2) * wc * s + wc * wc);
            var expected = inst.GeneratorAttenuation * recon * (s / (s + wh)) * (wl / (s + wl)) * inst.SenseGains[0];
            var actual = m.Chain.DacGain(hz);
            Assert.AreEqual(0, (actual - expected).Magnitude / expected.Magnitude, 1e-9, $"transfer at {hz} Hz");
        }

        // Butterworth: −3.01 dB at the corner (recon alone, sense filters divided out).
        double fc = inst.ReconCornerHz;
        var atCorner = m.Chain.DacGain(fc);
        var sc = new Complex(0, 2 * Math.PI * fc);
        var sense = (sc / (sc + 2 * Math.PI * inst.SenseHighpassHz[0])) * (2 * Math.PI * inst.SenseLowpassHz[0] / (sc + 2 * Math.PI * inst.SenseLowpassHz[0]));
        Assert.AreEqual(1 / Math.Sqrt(2), (atCorner / sense / inst.SenseGains[0] / inst.GeneratorAttenuation).Magnitude, 1e-9);
    }

    [TestMethod]
    public void TimeDomainSteadyStateMatchesTheTransferFunction()
    {
        // Drive the chain with a 64-step staircase at exactly 100 Hz through the exact ZOH
        // stepping and compare the fundamental at the ADC pin with H(jω)·(ZOH fundamental).
        var m = Meter(new SourceSpec { ROhms = 2, NoiseVrms = 0, HumV = 0 }, 1, FixtureMode.Loaded);
        int n = 64;
        long stepUs = 10_000 / n * 1; // 156 µs → 64 steps = 9 984 µs
        double periodS = stepUs * n * 1e-6;
        var table = ImpedanceMeter.Sim.Reference.Acquisitions.SineTable(n, 100);
        long t0 = m.NowUs;
        for (int p = 0; p < 200; p++)
        {
            for (int k = 0; k < n; k++)
            {
                m.SetToneCode(table[k]);
                m.AdvanceTo(m.NowUs + stepUs);
            }
        }

        Complex acc = 0;
        int samples = 0;
        for (int p = 0; p < 20; p++)
        {
            for (int k = 0; k < n; k++)
            {
                m.SetToneCode(table[k]);
                for (int s = 0; s < 4; s++)
                {
                    m.AdvanceTo(m.NowUs + stepUs / 4);
                    double t = (m.NowUs - t0) * 1e-6;
                    acc += m.Chain.SenseOutput * Complex.Exp(new Complex(0, -2 * Math.PI * t / periodS));
                    samples++;
                }
            }
        }

        var measured = acc * 2 / samples;
        double f = 1 / periodS;
        // Fundamental of the staircase (codes → volts), with the ZOH's sinc and half-step delay.
        double vpc = m.Parameters.DacVoltsPerCode;
        Complex fund = 0;
        for (int k = 0; k < n; k++)
        {
            fund += (table[k] - 128) * vpc * Complex.Exp(new Complex(0, -2 * Math.PI * k / n));
        }

        fund *= 2.0 / n;
        double x = Math.PI / n;
        var zoh = Math.Sin(x) / x * Complex.Exp(new Complex(0, -x));
        var expected = fund * zoh * m.Chain.DacGain(f);
        // Sampling 4×/step at the step's quarter points: the sampled phasor of the fundamental
        // is exact up to the sampling of higher images (< 0.5 %).
        Assert.AreEqual(expected.Magnitude, measured.Magnitude, 0.005 * expected.Magnitude);
    }

    [TestMethod]
    public void AdcChipStaysWithinItsDatasheetLimits()
    {
        var p = SimTestParameters.Load();
        for (int seed = 1; seed <= 20; seed++)
        {
            var chip = new Instrument(p, seed).Adc;
            Assert.IsTrue(chip.WorstInlLsb <= p.AdcInlLsb + 1e-9, $"INL {chip.WorstInlLsb} LSB, seed {seed}");
            Assert.IsTrue(Math.Abs(chip.GainError) <= p.AdcGainError, "gain error");
            Assert.IsTrue(chip.NoiseLsb >= p.AdcNoiseMinLsb && chip.NoiseLsb <= p.AdcNoiseMaxLsb, "noise");
            for (int k = 1; k < chip.MaxCode - 1; k++)
            {
                Assert.IsTrue(chip.CodeWidth(k) - 1 <= p.AdcDnlLsb + 1, $"DNL at code {k}, seed {seed}");
            }

            int prev = 0;
            for (double x = -10; x < 4200; x += 0.37)
            {
                int c = chip.Quantize(x);
                Assert.IsTrue(c >= prev, "transfer is monotonic");
                prev = c;
            }
        }
    }
}
