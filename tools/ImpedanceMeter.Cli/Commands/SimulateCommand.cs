using System.CommandLine;
using System.Text.Json;
using ImpedanceMeter.Cli.Simulation;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Sim;

namespace ImpedanceMeter.Cli.Commands;

/// <summary>
/// <c>imeter simulate</c>: the virtual meter. The device's engine (core integer code) runs on a
/// simulated instrument: guided calibration with simulated open/short/load standards, then the
/// measurement of a simulated source; prints per leg Zout at each frequency, the model fit,
/// status and the estimated device time.
/// </summary>
public static class SimulateCommand
{
    /// <summary>File extension of capture files.</summary>
    public const string CaptureExtension = ".imcap";

    public static Command Create()
    {
        var source = new Option<string>("--source")
        {
            Description = "Source preset (" + string.Join(", ", SourceSpec.Presets.Keys) + ") or R[,C[,L]] in Ω, F, H with SI suffixes, e.g. 2,100u",
            DefaultValueFactory = _ => "dongle",
        };
        var jack = new Option<string>("--jack") { Description = "Jack: se35 (3.5 mm L/R) or bal44 (4.4 mm L+/L-/R+/R-)", DefaultValueFactory = _ => "se35" };
        var seed = new Option<int>("--seed") { Description = "Simulated instrument and run seed (0 = nominal parts)", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "Machine-readable output (stable snake_case keys)" };
        var capture = new Option<string?>("--capture") { Description = "Directory to write the raw capture file (" + CaptureExtension + ") the device would record" };
        var scheme = new Option<string>("--scheme") { Description = "Acquisition: stream (scheme c, RMT tone + I2S ADC stream; default) or lockstep (scheme a, DAC writes from the managed loop)", DefaultValueFactory = _ => "stream" };
        var pty = new Option<bool>("--pty") { Description = "Serve the virtual meter on a pseudo-terminal (prints its path) instead of measuring once; talk to it with imeter log or any terminal" };
        var link = new Option<string?>("--link") { Description = "With --pty: also create this symlink to the pseudo-terminal" };
        var command = new Command("simulate", "Runs the virtual meter: calibration and measurement of a simulated source.");
        command.Options.Add(source);
        command.Options.Add(jack);
        command.Options.Add(seed);
        command.Options.Add(json);
        command.Options.Add(capture);
        command.Options.Add(scheme);
        command.Options.Add(pty);
        command.Options.Add(link);
        command.SetAction(parse => parse.GetValue(pty)
            ? ServeCommand.ServeSimulated(parse.GetValue(source) ?? "dongle", parse.GetValue(seed), parse.GetValue(link), null, parse.GetValue(json), Console.Out, Console.Error)
            : Run(
            parse.GetValue(source) ?? "dongle",
            parse.GetValue(jack) ?? "se35",
            parse.GetValue(seed),
            parse.GetValue(json),
            parse.GetValue(capture),
            parse.GetValue(scheme) ?? "stream"));
        return command;
    }

    /// <summary>true for "stream" (scheme c), false for "lockstep" (scheme a), null for anything else.</summary>
    public static bool? ParseScheme(string text) => text.Trim().ToLowerInvariant() switch
    {
        "stream" => true,
        "lockstep" => false,
        _ => null,
    };

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string sourceText, string jackText, int seed, bool json, string? captureDir, string schemeText = "stream")
    {
        bool? stream = ParseScheme(schemeText);
        if (stream == null)
        {
            return CliError.Fail("simulate", "unknown scheme '" + schemeText + "' (use lockstep or stream)");
        }

        var src = SourceSpec.Parse(sourceText, out string reason);
        if (src == null)
        {
            return CliError.Fail("simulate", reason);
        }

        JackType jack;
        switch (jackText.Trim().ToLowerInvariant())
        {
            case "se35": jack = JackType.Se35; break;
            case "bal44": jack = JackType.Bal44; break;
            default: return CliError.Fail("simulate", "unknown jack '" + jackText + "' (use se35 or bal44)");
        }

        if (seed < 0)
        {
            return CliError.Fail("simulate", "seed must be ≥ 0, got " + seed);
        }

        VirtualMeter vm;
        try
        {
            vm = new VirtualMeter(seed, seed + 1, stream: stream.Value);
        }
        catch (FileNotFoundException e)
        {
            return CliError.Fail("simulate", e.Message, CliError.Failed);
        }

        var calStatus = vm.Calibrate(jack);
        double calSeconds = vm.DeviceSeconds;
        if (calStatus != MeasurementStatus.Ok)
        {
            return CliError.Fail("simulate", "calibration failed: " + calStatus, CliError.Failed);
        }

        vm.Plug(src);
        var result = vm.Measure(jack);
        // The simulated truth per point (none for a muted output: it is open, only a pull-down remains).
        var view = ResultView.From(result, src.Muted ? null : (leg, hz) => src.Zout(hz, leg).Magnitude);
        string? capturePath = null;
        if (captureDir != null)
        {
            Directory.CreateDirectory(captureDir);
            capturePath = Path.Combine(captureDir, $"{src.Name}-{jackText.ToLowerInvariant()}-seed{seed}{CaptureExtension}");
            var lines = new LineListWriter();
            vm.Engine.WriteLastCapture(lines);
            File.WriteAllText(capturePath, string.Join("\n", lines.Lines) + "\n");
        }

        if (json)
        {
            var o = view.ToJsonObject(new Dictionary<string, object?>
            {
                ["source"] = new Dictionary<string, object?>
                {
                    ["name"] = src.Name,
                    ["r_ohms"] = src.ROhms,
                    ["c_farads"] = src.CFarads > 0 ? src.CFarads : null,
                    ["l_henries"] = src.LHenries > 0 ? src.LHenries : null,
                    ["muted"] = src.Muted,
                    ["music"] = src.Music,
                },
                ["jack"] = jackText.ToLowerInvariant(),
                ["seed"] = seed,
                ["calibration_seconds"] = Math.Round(calSeconds, 6),
                ["capture"] = capturePath,
            });
            Console.WriteLine(JsonSerializer.Serialize(o, ResultView.JsonOptions));
        }
        else
        {
            Console.WriteLine($"virtual meter: instrument seed {seed}, source {Describe(src)}, jack {(jack == JackType.Se35 ? "3.5 mm single-ended" : "4.4 mm balanced")}");
            Console.WriteLine($"calibration (open, short, load): Ok, {calSeconds:F1} s device time");
            Console.Write(view.ToTable());
            if (capturePath != null)
            {
                Console.WriteLine("capture written to " + capturePath);
            }
        }

        return 0;
    }

    private static string Describe(SourceSpec s)
    {
        string z = ResultView.Ohms(s.ROhms)
            + (s.CFarads > 0 ? $" + {s.CFarads * 1e6:F0} µF" : "")
            + (s.LHenries > 0 ? $" + {s.LHenries * 1e6:F1} µH" : "");
        return s.Name + " (" + z + (s.Muted ? ", muted" : "") + (s.Music ? ", playing music" : "") + (s.DcOffsetV != 0 ? $", {s.DcOffsetV * 1000:F0} mV DC" : "") + ")";
    }
}
