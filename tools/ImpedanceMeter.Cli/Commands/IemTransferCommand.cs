using System.CommandLine;
using System.Text.Json;
using ImpedanceMeter.Cli.Protocol;
using ImpedanceMeter.Cli.Serial;
using ImpedanceMeter.Cli.Verdict;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Cli.Commands;

/// <summary>
/// <c>imeter iem push FILE|NAME --port PATH</c> and <c>imeter iem pull NAME --port PATH [--out FILE]</c>:
/// IEM curves to and from the meter over the serial protocol, every push verified by read-back.
/// <see cref="AttachTo"/> adds both under the existing <c>iem</c> command.
/// </summary>
public static class IemTransferCommand
{
    /// <summary>Adds push and pull to the root's <c>iem</c> command (or to a new one if there is none).</summary>
    public static void AttachTo(RootCommand root)
    {
        Command? iem = root.Subcommands.FirstOrDefault(c => c.Name == "iem");
        if (iem == null)
        {
            iem = new Command("iem", "IEM impedance curves.");
            root.Subcommands.Add(iem);
        }

        iem.Subcommands.Add(CreatePush());
        iem.Subcommands.Add(CreatePull());
    }

    private static Option<string> PortOption() => new("--port") { Description = "Serial device of the meter", Required = true };

    public static Command CreatePush()
    {
        var what = new Argument<string>("file-or-name") { Description = "A .zma / REW / CSV impedance file, or the name of an IEM in the PC library" };
        var port = PortOption();
        var replace = new Option<bool>("--replace") { Description = "Replace an IEM of the same name on the meter" };
        var name = new Option<string?>("--name") { Description = "Name to give the curve on the meter (default: from the file name)" };
        var library = new Option<string?>("--library") { Description = "PC IEM library file (see imeter iem list)" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var c = new Command("push", "Uploads an IEM curve to the meter and verifies it by reading it back.") { what, port, replace, name, library, json };
        c.SetAction(p => Run(p, "push", o =>
        {
            IemProfile profile = IemResolver.Resolve(p.GetValue(what)!, UserLibraryStore.ResolvePath(p.GetValue(library)));
            if (p.GetValue(name) is string n)
            {
                profile.Name = n;
            }

            using ISerialConnection conn = SerialConnections.Open(p.GetValue(port)!);
            new IemTransfer(new MeterClient(conn)).Push(profile, p.GetValue(replace));
            o.WriteLine(p.GetValue(json)
                ? JsonSerializer.Serialize(new { name = profile.Name, points = profile.CurveCount, nominal_ohm = profile.NominalMilliOhms / 1000.0, verified = true })
                : "pushed '" + profile.Name + "' (" + profile.CurveCount + " points), read back identical");
        }));
        return c;
    }

    public static Command CreatePull()
    {
        var what = new Argument<string>("name") { Description = "Name of the IEM on the meter (see --list)" };
        var port = PortOption();
        var output = new Option<string?>("--out") { Description = "Write the curve here (.zma, or .csv)" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var c = new Command("pull", "Reads an IEM curve back from the meter.") { what, port, output, json };
        c.SetAction(p => Run(p, "pull", o =>
        {
            using ISerialConnection conn = SerialConnections.Open(p.GetValue(port)!);
            IemProfile profile = new IemTransfer(new MeterClient(conn)).Pull(p.GetValue(what)!);
            string? file = p.GetValue(output);
            if (file != null)
            {
                string text = file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ImpedanceFileWriter.ToCsv(profile) : ImpedanceFileWriter.ToZma(profile);
                File.WriteAllText(file, text);
            }

            if (p.GetValue(json))
            {
                o.WriteLine(JsonSerializer.Serialize(new
                {
                    name = profile.Name,
                    nominal_ohm = profile.NominalMilliOhms / 1000.0,
                    points = profile.FrequencyMilliHertz.Select((f, i) => new[] { f / 1000.0, profile.MagnitudeMilliOhms[i] / 1000.0, profile.PhaseCentiDegrees[i] / 100.0 }).ToArray(),
                    file,
                }));
            }
            else
            {
                o.WriteLine("pulled '" + profile.Name + "' (" + profile.CurveCount + " points)" + (file != null ? " to " + file : string.Empty));
                if (file == null)
                {
                    o.Write(ImpedanceFileWriter.ToZma(profile));
                }
            }
        }));
        return c;
    }

    private static int Run(ParseResult p, string sub, Action<TextWriter> body)
    {
        try
        {
            body(p.InvocationConfiguration.Output);
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or ImpedanceFileException or InvalidDataException or IOException or UnauthorizedAccessException or MeterException)
        {
            p.InvocationConfiguration.Error.WriteLine("imeter iem " + sub + ": " + e.Message);
            return 1;
        }
    }
}
