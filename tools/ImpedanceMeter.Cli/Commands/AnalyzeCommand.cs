using System.CommandLine;
using System.Text.Json;
using ImpedanceMeter.Cli.Simulation;
using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Cli.Commands;

/// <summary>
/// <c>imeter analyze FILE|DIR</c>: re-runs the device core (<see cref="CaptureAnalyzer"/>, the same
/// integer code) on capture files and checks that it reproduces the recorded results bit-exactly.
/// Exit 0 when every file parses and matches; 3 when a result differs; 1 on bad input.
/// </summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A capture file (" + SimulateCommand.CaptureExtension + ") or a directory of them" };
        var json = new Option<bool>("--json") { Description = "Machine-readable output (stable snake_case keys)" };
        var command = new Command("analyze", "Re-runs the device core on a capture file and reproduces its result bit-exactly.");
        command.Arguments.Add(path);
        command.Options.Add(json);
        command.SetAction(parse => Run(parse.GetValue(path) ?? "", parse.GetValue(json)));
        return command;
    }

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(string path, bool json)
    {
        string[] files;
        if (Directory.Exists(path))
        {
            files = Directory.GetFiles(path, "*" + SimulateCommand.CaptureExtension).OrderBy(f => f, StringComparer.Ordinal).ToArray();
            if (files.Length == 0)
            {
                return CliError.Fail("analyze", "no " + SimulateCommand.CaptureExtension + " files in " + path);
            }
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            return CliError.Fail("analyze", "no such file or directory: " + path);
        }

        var outputs = new List<Dictionary<string, object?>>();
        bool allExact = true;
        foreach (var f in files)
        {
            var lines = File.ReadAllText(f).Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
            var file = CaptureFileReader.Parse(lines, out string error);
            if (file == null)
            {
                return CliError.Fail("analyze", Path.GetFileName(f) + ": " + error);
            }

            var result = CaptureAnalyzer.Analyze(file);
            int mismatches = CaptureAnalyzer.CountMismatches(file, result);
            bool exact = mismatches == 0;
            allExact &= exact;
            var view = ResultView.From(result);
            if (json)
            {
                outputs.Add(view.ToJsonObject(new Dictionary<string, object?>
                {
                    ["file"] = f,
                    ["bit_exact"] = exact,
                    ["mismatches"] = mismatches,
                }));
            }
            else
            {
                Console.WriteLine($"{f}: recomputed by the core; {(exact ? "bit-exact with the recorded result" : mismatches < 0 ? "point count differs from the recorded result" : mismatches + " point(s) differ from the recorded result")}");
                Console.Write(view.ToTable());
            }
        }

        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?> { ["files"] = outputs, ["all_bit_exact"] = allExact }, ResultView.JsonOptions));
        }

        if (!allExact)
        {
            Console.Error.WriteLine("imeter analyze: recomputed result differs from the recorded one");
            return CliError.Failed;
        }

        return 0;
    }
}
