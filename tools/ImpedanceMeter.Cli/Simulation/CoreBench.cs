using System.Numerics;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Sim;

namespace ImpedanceMeter.Cli.Simulation;

/// <summary>
/// Benchmark of the device engine (core integer code) on the virtual meter: for each simulated
/// instrument (random part tolerances and ADC chip) a guided calibration, then every case
/// plugged in (a new insertion) and measured several times; errors of |Z| per case and spot
/// frequency, against the truth at the achieved frequency.
/// </summary>
public sealed class CoreBench
{
    /// <summary>The three standards in the order <see cref="CalibrationCrb"/> takes them.</summary>
    private static readonly CalStandard[] Standards = { CalStandard.Open, CalStandard.Short, CalStandard.Load };

    private readonly SimParameters _p;

    /// <summary>Creates the bench.</summary>
    public CoreBench(SimParameters p) => _p = p;

    /// <summary>Whether the engine runs scheme (c), the RMT tone and I2S stream, instead of the lock-step.</summary>
    public bool Stream { get; init; }

    /// <summary>Instruments whose guided calibration failed in the last run (their readings count as failed).</summary>
    public int CalibrationFailures { get; private set; }

    /// <summary>R + C model recovery of the capacitor-coupled cases in the last run.</summary>
    public IReadOnlyList<ModelFitRow> ModelFits { get; private set; } = [];

    /// <summary>Runs <paramref name="instruments"/> instruments × <paramref name="readings"/> readings per case.</summary>
    public IReadOnlyList<BenchRow> Run(IReadOnlyList<BenchCase> cases, int instruments, int readings, Action<string>? progress = null)
    {
        var stats = new Dictionary<(int Case, int Freq), BenchStats>();
        var fits = new Dictionary<int, (int All, List<double> C, List<double> R)>();
        CalibrationFailures = 0;
        int calibrationFailures = 0;
        for (int i = 0; i < instruments; i++)
        {
            int seed = 1000 + i;
            var vm = new VirtualMeter(seed, seed, _p, stream: Stream);
            progress?.Invoke($"instrument {i + 1}/{instruments}: calibrating");
            if (vm.Calibrate(JackType.Se35) != MeasurementStatus.Ok)
            {
                // A failed calibration counts as failed readings (2 legs × readings) for every case.
                for (int c = 0; c < cases.Count; c++)
                {
                    for (int f = 0; f < vm.Engine.Plan.Count; f++)
                    {
                        for (int k = 0; k < 2 * readings; k++)
                        {
                            Get(stats, c, f).AddFailed(double.NaN);
                        }
                    }
                }

                calibrationFailures++;

                continue;
            }

            for (int c = 0; c < cases.Count; c++)
            {
                var src = new SourceSpec { Name = "bench", ROhms = cases[c].ZoutOhms, CFarads = cases[c].SeriesCFarads ?? 0 };
                vm.Plug(src);
                for (int r = 0; r < readings; r++)
                {
                    var result = vm.Measure(JackType.Se35);
                    int points = result.Legs.Sum(l => l.Points.Length);
                    double seconds = result.DeviceMicroseconds * 1e-6 / Math.Max(1, points);
                    foreach (var leg in result.Legs)
                    {
                        if (cases[c].SeriesCFarads is double cTrue)
                        {
                            AddFit(fits, c, leg.Model, cases[c].ZoutOhms, cTrue);
                        }

                        for (int f = 0; f < leg.Points.Length; f++)
                        {
                            var p = leg.Points[f];
                            var s = Get(stats, c, f);
                            if (p.Status != MeasurementStatus.Ok)
                            {
                                s.AddFailed(seconds);
                                continue;
                            }

                            double hz = p.FrequencyMilliHertz * 1e-3;
                            var truth = src.Zout(hz, (int)leg.Leg);
                            var z = new Complex(p.ReMicroOhms * 1e-6, p.ImMicroOhms * 1e-6);
                            double naive = NaiveAndCrb(vm, i, (int)leg.Leg, f, truth, out double crb, out IdealSpread? ideal);
                            // Each leg has its own calibration: group by instrument and leg (8 legs per instrument).
                            s.Add(i * 8 + (int)leg.Leg, z.Magnitude - truth.Magnitude, naive - truth.Magnitude, crb,
                                (z.Phase - truth.Phase) * 180 / Math.PI, seconds, hz, truth.Magnitude, ideal);
                        }
                    }
                }
            }
        }

        CalibrationFailures = calibrationFailures;
        ModelFits = fits.OrderBy(kv => kv.Key).Select(kv => FitRow(cases[kv.Key], kv.Value)).ToArray();
        var rows = new List<BenchRow>();
        for (int c = 0; c < cases.Count; c++)
        {
            for (int f = 0; stats.ContainsKey((c, f)); f++)
            {
                rows.Add(stats[(c, f)].ToRow(cases[c], "core"));
            }
        }

        return rows;
    }

    /// <summary>
    /// From the engine's own captures of this leg and N: the naive |Z| (√2·RMS of the same
    /// samples, nominal shunt and gains, no calibration) and the Cramér–Rao standard deviation
    /// of |Z| in the simulated white noise for those sample counts and amplitudes. The stream's magnitude comes
    /// from the loaded capture and the matched capture after it (MatchedMagnitude), its phase from the loaded capture
    /// and the full-tone reference, so the bound uses the pair for each direction and projects both onto |Z|
    /// (the phase direction matters only where Z is reactive). <paramref name="ideal"/>: what the hardware and the
    /// calibration add for any estimator on this leg, range and frequency (<see cref="Ideal"/>).
    /// </summary>
    private double NaiveAndCrb(VirtualMeter vm, int instrument, int leg, int f, Complex truth, out double crb, out IdealSpread? ideal)
    {
        int steps = vm.Engine.Plan.Steps[f], cycles = vm.Engine.Plan.Cycles[f];
        ideal = null;
        var store = vm.Engine.LastCaptures;
        CaptureHeader? loaded = null, unloaded = null, matched = null;
        for (int i = 0; i < store.Count; i++)
        {
            var h = store.Headers[i];
            if (h.Role == CaptureRole.Loaded && h.Leg == leg && h.Steps == steps && h.Cycles == cycles)
            {
                loaded = h;
                matched = i + 1 < store.Count && store.Headers[i + 1].Role == CaptureRole.MatchedUnloaded ? store.Headers[i + 1] : null;
            }
        }

        if (loaded != null)
        {
            for (int i = 0; i < store.Count; i++)
            {
                var h = store.Headers[i];
                if (h.Role == CaptureRole.Unloaded && h.Range == loaded.Range && h.Steps == steps && h.Cycles == cycles && h.Session == loaded.Session)
                {
                    unloaded = h;
                }
            }
        }

        if (loaded == null || unloaded == null)
        {
            crb = double.NaN;
            return double.NaN;
        }

        double al = Amplitude(loaded), au = Amplitude(unloaded);
        double gainRatio = vm.FrontEnd.SenseGains[loaded.Gain] / (double)vm.FrontEnd.SenseGains[0];
        double rs = vm.FrontEnd.ShuntMicroOhms[loaded.Range] * 1e-6;
        double m = al / gainRatio / au;
        double naive = rs * m / (1 - m);

        var inst = vm.Simulator.Instrument;
        double analog = (vm.Parameters.SourceIdleNoiseVrms * Math.Sqrt(Math.PI / 2 * inst.SenseLowpassHz[loaded.Gain] / 20000.0) * inst.SenseGains[loaded.Gain]) / vm.Parameters.AdcVoltsPerCode;
        double sl2 = inst.Adc.NoiseLsb * inst.Adc.NoiseLsb + analog * analog;
        double su2 = inst.Adc.NoiseLsb * inst.Adc.NoiseLsb;
        // Relative phasor noise of a capture: 2σ²/(N·a²) in each of the magnitude and phase directions.
        // m = L/U: its magnitude from the loaded and the matched capture, its phase from the loaded and the full-tone reference.
        var reference = matched ?? unloaded;
        double ar = Amplitude(reference);
        double loadedVar = 2 * sl2 / (loaded.Samples * al * al);
        double magnitudeVar = loadedVar + 2 * su2 / (reference.Samples * ar * ar);
        double phaseVar = loadedVar + 2 * su2 / (unloaded.Samples * au * au);
        // Z = rs·m/(1 − m): dZ/Z = g·dm/m with g = (rs + Z)/rs, so d|Z|/|Z| = Re(g)·ε_mag − Im(g)·ε_phase.
        var g = (new Complex(rs, 0) + truth) / rs;
        crb = truth.Magnitude * Math.Sqrt(g.Real * g.Real * magnitudeVar + g.Imaginary * g.Imaginary * phaseVar);
        ideal = Ideal(vm, instrument, leg, loaded.Range, f, truth, au, su2);
        return naive;
    }

    /// <summary>
    /// The calibration's Cramér–Rao spread and the contacts' spread on this leg, range and frequency, from the
    /// calibration the engine holds; null if a standard is missing.
    /// </summary>
    private IdealSpread? Ideal(VirtualMeter vm, int instrument, int leg, int range, int f, Complex truth, double au, double adcVar)
    {
        var cal = vm.Engine.CalibrationData;
        var ratios = new Complex[3];
        for (int k = 0; k < 3; k++)
        {
            if (!cal.StandardRatioQ30(leg, range, f, Standards[k], out int re, out int im))
            {
                return null;
            }

            ratios[k] = new Complex(re, im) / (1 << 30);
        }

        double zl = vm.FrontEnd.LoadStandardMicroOhms * 1e-6, zs = vm.FrontEnd.ShortStandardMicroOhms * 1e-6;
        double rs = vm.FrontEnd.ShuntMicroOhms[range] * 1e-6;
        var p = vm.Parameters;
        return new IdealSpread(
            instrument,
            StandardsCrb(vm, leg, range, f, truth, au, adcVar, ratios, zl, zs),
            ContactSpread.PerGroupOhms(truth, ratios[0], ratios[1], ratios[2], zl, zs, rs, p.PlugRepeatabilityOhms, p.RelayRepeatabilityOhms, ZoutEngine.ShortInsertions),
            ContactSpread.PerReadingOhms(truth, ratios[0], ratios[1], ratios[2], zl, zs, rs, p.RelayRepeatabilityOhms));
    }

    /// <summary>
    /// The Cramér–Rao spread of |Z| (Ω) from the noise of the leg's standards on this range and frequency, as the
    /// calibrator takes them (Calibrator.One): the stream's standards run twice the measurement's samples, their
    /// magnitude from the loaded and the matched capture, their phase from the loaded capture and the full-tone
    /// reference; the short is the mean of <see cref="ZoutEngine.ShortInsertions"/> insertions. Only the ADC's white
    /// noise (the standards are passive, no source noise), the tone's amplitude <paramref name="au"/> (codes, the
    /// measurement's unloaded capture on the same range) and each standard's raw ratio set it; the gain-step ratios'
    /// own noise is left out, so the spread is if anything too small.
    /// </summary>
    private double StandardsCrb(VirtualMeter vm, int leg, int range, int f, Complex truth, double au, double adcVar, Complex[] ratios, double loadOhms, double shortOhms)
    {
        var cal = vm.Engine.CalibrationData;
        var plan = vm.Engine.Plan;
        double nLoaded = Stream ? 2.0 * plan.SamplesPerCapture : plan.SamplesPerCapture;
        double nReference = Stream ? 2.0 * plan.ReferenceSamples : plan.ReferenceSamples;
        var variances = new (double Magnitude, double Phase)[3];
        for (int k = 0; k < 3; k++)
        {
            int slot = cal.Slot(leg, range, f, Standards[k]);
            double al = new Complex(cal.RawReQ24[slot], cal.RawImQ24[slot]).Magnitude / (1 << 24) * au;
            // The stream's matched capture plays the tone down to the loaded amplitude; the lock-step's magnitude reference is the full tone.
            double aMagnitude = Stream ? Math.Min(al, au) : au;
            double nMagnitude = Stream ? nLoaded : nReference;
            double loadedVar = 2 * adcVar / (nLoaded * al * al);
            double magnitude = loadedVar + 2 * adcVar / (nMagnitude * aMagnitude * aMagnitude);
            double phase = loadedVar + 2 * adcVar / (nReference * au * au);
            double insertions = Standards[k] == CalStandard.Short ? ZoutEngine.ShortInsertions : 1;
            variances[k] = (magnitude / insertions, phase / insertions);
        }

        return CalibrationCrb.SigmaOhms(truth, ratios[0], ratios[1], ratios[2], loadOhms, shortOhms, variances[0], variances[1], variances[2]);
    }

    private static double Amplitude(CaptureHeader h)
    {
        double n = h.Samples;
        double mean = h.SumCodes / n;
        double var = h.SumSquares / n - mean * mean;
        return Math.Sqrt(2 * Math.Max(0, var));
    }

    private static void AddFit(Dictionary<int, (int All, List<double> C, List<double> R)> fits, int c, ZoutModel model, double rTrue, double cTrue)
    {
        if (!fits.TryGetValue(c, out var f))
        {
            f = (0, new List<double>(), new List<double>());
        }

        f.All++;
        if (model != null && model.IsValid && model.CNanoFarads > 0)
        {
            f.C.Add(Math.Abs(model.CNanoFarads * 1e-9 - cTrue) / cTrue);
            f.R.Add(Math.Abs(model.RMicroOhms * 1e-6 - rTrue));
        }

        fits[c] = f;
    }

    private static ModelFitRow FitRow(BenchCase bc, (int All, List<double> C, List<double> R) f)
    {
        var c = f.C.OrderBy(x => x).ToArray();
        double p95 = c.Length > 0 ? c[Math.Min(c.Length - 1, (int)Math.Ceiling(0.95 * c.Length) - 1)] : double.NaN;
        return new ModelFitRow
        {
            ZoutOhms = bc.ZoutOhms,
            SeriesCFarads = bc.SeriesCFarads ?? 0,
            Fits = f.All,
            ValidFits = c.Length,
            CapacitanceP95ErrorFraction = p95,
            CapacitanceWorstErrorFraction = c.Length > 0 ? c[^1] : double.NaN,
            ResistanceWorstErrorOhms = f.R.Count > 0 ? f.R.Max() : double.NaN,
            MeetsTarget = c.Length == f.All && c.Length > 0 && p95 <= 0.05,
        };
    }

    private BenchStats Get(Dictionary<(int, int), BenchStats> d, int c, int f)
    {
        if (!d.TryGetValue((c, f), out var s))
        {
            d[(c, f)] = s = new BenchStats { LoadTolerance = _p.LoadStandardTolerance };
        }

        return s;
    }
}
