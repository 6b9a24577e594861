using System.CommandLine;
using System.Text.Json;
using ImpedanceMeter.Cli.Simulation;
using ImpedanceMeter.Sim;

namespace ImpedanceMeter.Cli.Commands;

/// <summary>
/// <c>imeter bench</c>: accuracy and speed of the device engine on the virtual meter over many
/// simulated instruments (random tolerances, ADC chips) and readings, per case and spot
/// frequency; <c>--schemes</c> runs the acquisition-scheme comparison with the reference detector.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Machine-readable output (stable snake_case keys)" };
        var quick = new Option<bool>("--quick") { Description = "Few instruments and readings: finishes well under a minute" };
        var instruments = new Option<int?>("--instruments") { Description = "Simulated instruments (default 12, --quick 3)" };
        var readings = new Option<int?>("--readings") { Description = "Readings per case and instrument (default 4, --quick 2)" };
        var schemes = new Option<bool>("--schemes") { Description = "Compare acquisition schemes (a, b, c) and fixes with the double-precision reference detector" };
        var scheme = new Option<string>("--scheme") { Description = "Device engine acquisition: stream (scheme c, RMT tone + I2S ADC stream; default) or lockstep (scheme a)", DefaultValueFactory = _ => "stream" };
        var ideal = new Option<string?>("--ideal") { Description = "Diagnostic: switch simulator non-idealities off, comma list of adc (no INL/DNL), noise (no ADC/source noise), gc (no GC pauses), jitter (no call-time jitter), coupling (ideal coupling capacitor), contacts (no relay/plug repeatability), standards (load standard exactly its nominal value), tone (RMT levels exactly their codes)" };
        var command = new Command("bench", "Accuracy and speed benchmark of the measurement over many simulated instruments.");
        command.Options.Add(json);
        command.Options.Add(quick);
        command.Options.Add(instruments);
        command.Options.Add(readings);
        command.Options.Add(schemes);
        command.Options.Add(ideal);
        command.Options.Add(scheme);
        command.SetAction(parse =>
        {
            bool q = parse.GetValue(quick);
            int n = parse.GetValue(instruments) ?? (q ? 3 : 12);
            int r = parse.GetValue(readings) ?? (q ? 2 : 4);
            if (n < 1 || r < 1)
            {
                return CliError.Fail("bench", "--instruments and --readings must be ≥ 1");
            }

            bool? stream = SimulateCommand.ParseScheme(parse.GetValue(scheme) ?? "stream");
            if (stream == null)
            {
                return CliError.Fail("bench", "unknown --scheme '" + parse.GetValue(scheme) + "' (use lockstep or stream)");
            }

            SimParameters p;
            try
            {
                p = SimParameters.LoadDefault();
            }
            catch (FileNotFoundException e)
            {
                return CliError.Fail("bench", e.Message, CliError.Failed);
            }

            string? idealList = parse.GetValue(ideal);
            if (!string.IsNullOrEmpty(idealList))
            {
                foreach (string item in idealList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    SimParameters? changed = Idealize(p, item);
                    if (changed == null)
                    {
                        return CliError.Fail("bench", $"--ideal: unknown item '{item}' (adc, noise, gc, jitter, coupling, contacts, standards, tone)");
                    }

                    p = changed;
                }
            }

            bool j = parse.GetValue(json);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            Action<string> progress = s => Console.Error.WriteLine($"[{sw.Elapsed.TotalSeconds,6:F1} s] {s}");
            int calFailures = 0;
            IReadOnlyList<ModelFitRow> fits = [];
            IReadOnlyList<BenchRow> rows;
            if (parse.GetValue(schemes))
            {
                rows = new SchemeBench(p).Run(BenchCase.All, n, r, progress);
            }
            else
            {
                var core = new CoreBench(p) { Stream = stream.Value };
                rows = core.Run(BenchCase.All, n, r, progress);
                calFailures = core.CalibrationFailures;
                fits = core.ModelFits;
            }
            if (j)
            {
                Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["estimator"] = parse.GetValue(schemes) ? "reference-schemes" : "core",
                    ["scheme"] = parse.GetValue(schemes) ? "all" : (stream.Value ? "stream" : "lockstep"),
                    ["instruments"] = n,
                    ["readings_per_instrument"] = r,
                    ["ideal"] = idealList ?? "",
                    ["target"] = "±(0.5 % + 5 mΩ) on |Z| for 95 % of readings, phase ±0.5°",
                    ["calibration_failures"] = calFailures,
                    ["cases"] = rows,
                    ["model_fits"] = fits,
                    ["all_meet_target"] = rows.All(x => x.MeetsTarget),
                }, ResultView.JsonOptions));
            }
            else
            {
                Console.WriteLine($"imeter bench: {n} instruments × {r} readings per case; {(parse.GetValue(schemes) ? "reference detector, scheme comparison" : "device engine (core) on the virtual meter, " + (stream.Value ? "scheme c: RMT tone + I2S stream" : "scheme a: lock-step"))}");
                Console.Write(parse.GetValue(schemes) ? BenchTable.Schemes(rows) : BenchTable.Detail(rows));
                if (fits.Count > 0)
                {
                    Console.WriteLine();
                    Console.WriteLine("R + C model (fit over all spot frequencies, per leg and reading):");
                    Console.Write(ModelFitRow.Table(fits));
                    Console.WriteLine();
                }

                Console.WriteLine($"cases meeting the target: {rows.Count(x => x.MeetsTarget)}/{rows.Count}; instruments whose calibration failed: {calFailures}/{n}; wall time {sw.Elapsed.TotalSeconds:F0} s");
            }

            return 0;
        });
        return command;
    }

    /// <summary>The parameters with one non-ideality switched off (diagnostic runs), or null for an unknown name.</summary>
    private static SimParameters? Idealize(SimParameters p, string item) => item switch
    {
        "adc" => p with { AdcInlLsb = 0, AdcDnlLsb = 0, AdcCodeScatterLsb = 0 },
        "noise" => p with { AdcNoiseMinLsb = 0, AdcNoiseMaxLsb = 0, SourceIdleNoiseVrms = 0, SourceHumV = 0 },
        "gc" => p with { GcMeanIntervalMs = 1e12 },
        "jitter" => p with { JitterFraction = 0 },
        "coupling" => p with { CouplingFarads = 1e3 },
        "contacts" => p with { RelayRepeatabilityOhms = 0, PlugRepeatabilityOhms = 0 },
        "standards" => p with { LoadStandardTolerance = 0 },
        "tone" => p with { RmtTicksPerMicrosecond = 0 },
        _ => null,
    };
}
