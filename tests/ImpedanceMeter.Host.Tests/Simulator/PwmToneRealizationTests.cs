using System.Numerics;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Sim;

namespace ImpedanceMeter.Host.Tests.Simulator;

/// <summary>
/// The RMT tone's levels are whole-tick PWM high times, so at 975.6 Hz they are up to 0.08 code off their codes. The
/// simulator plays the realised levels; the engine computes the matched tone's fundamental from them
/// (FrontEndConstants.ToneClockTicksPerMicrosecond = 80). An engine that took the codes as exact would read a 0.5 Ω
/// source about 0.7 % high there (docs/measurement.md §5.7).
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class PwmToneRealizationTests
{
    [TestMethod]
    public void TheEngineThatModelsTheRealisedLevelsReadsTheTopFrequencyWithoutTheirBias()
    {
        // Contacts repeatable, so that per-insertion offsets (±2 mΩ) do not hide a 3 mΩ bias at 0.5 Ω.
        var p = SimTestParameters.Load() with { RelayRepeatabilityOhms = 0, PlugRepeatabilityOhms = 0 };
        double modelled = TopFrequencyError(p, 80);
        double codesOnly = TopFrequencyError(p, 0);

        Assert.IsTrue(Math.Abs(modelled) < 0.002, $"realised levels modelled: error {modelled:P3}");
        Assert.IsTrue(codesOnly - modelled > 0.003, $"codes taken as exact: {codesOnly:P3} against {modelled:P3}");
    }

    /// <summary>Mean relative |Z| error of a 0.5 Ω source at 975.6 Hz over both legs of one instrument, the engine told the tone clock.</summary>
    private static double TopFrequencyError(SimParameters p, int engineTicksPerMicrosecond)
    {
        var fe = FrontEndConstants.Default();
        fe.ToneClockTicksPerMicrosecond = engineTicksPerMicrosecond;
        var vm = new VirtualMeter(3, 3, p, fe, stream: true);
        Assert.AreEqual(MeasurementStatus.Ok, vm.Calibrate(JackType.Se35), "calibration: " + vm.Engine.CalibrationFailure);
        var src = new SourceSpec { Name = "0.5 ohm", ROhms = 0.5 };
        vm.Plug(src);
        var r = vm.Measure(JackType.Se35);
        Assert.AreEqual(MeasurementStatus.Ok, r.Status);
        double sum = 0;
        foreach (var leg in r.Legs)
        {
            var point = leg.Points[^1];
            double hz = point.FrequencyMilliHertz * 1e-3;
            Assert.AreEqual(975.61, hz, 0.01);
            var z = new Complex(point.ReMicroOhms * 1e-6, point.ImMicroOhms * 1e-6);
            sum += (z.Magnitude - src.Zout(hz, (int)leg.Leg).Magnitude) / 0.5;
        }

        return sum / r.Legs.Length;
    }
}
