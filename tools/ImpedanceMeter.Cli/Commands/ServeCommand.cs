using System.CommandLine;
using System.Text.Json;
using ImpedanceMeter.Cli.Protocol;
using ImpedanceMeter.Cli.Serial;
using ImpedanceMeter.Core.Protocol;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Cli.Commands;

/// <summary>
/// <c>imeter serve --pty</c>: runs the meter's serial protocol behind a pseudo-terminal and prints
/// its device path, so <c>imeter log</c>, <c>imeter iem push</c> or any terminal can talk to it as to
/// hardware. Until the simulator's virtual meter is merged, the engine behind it is the clearly
/// labelled <see cref="DemoZoutEngine"/> (fixed model, not a simulation).
/// </summary>
public static class ServeCommand
{
    /// <summary>What the virtual meter answers to *IDN? (docs/protocol.md's examples use it).</summary>
    public static DeviceIdentity VirtualIdentity(string engine = "demo") => new() { Serial = "VIRTUAL", Model = "IM-1 virtual (" + engine + " engine)" };

    public static Command Create()
    {
        var pty = new Option<bool>("--pty") { Description = "Serve on a new pseudo-terminal (the only transport so far)" };
        var link = new Option<string?>("--link") { Description = "Also create this symlink to the pty (a stable path across restarts)" };
        var duration = new Option<double?>("--duration") { Description = "Stop after this many seconds (default: until Ctrl+C)" };
        var engine = new Option<string>("--engine") { Description = "sim: the core's engine on the physics simulator (default); demo: a fast fixed fake (0.5 Ω + 220 µF), not a simulation", DefaultValueFactory = _ => "sim" };
        var source = new Option<string>("--source") { Description = "Simulated source: preset (" + string.Join(", ", ImpedanceMeter.Sim.SourceSpec.Presets.Keys) + ") or R[,C[,L]]", DefaultValueFactory = _ => "dongle" };
        var seed = new Option<int>("--seed") { Description = "Simulated instrument seed (0 = nominal parts)", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "Print the device path as JSON" };
        var command = new Command("serve", "Runs a virtual meter's serial protocol on a pseudo-terminal and prints its device path.") { pty, link, engine, source, seed, duration, json };
        command.SetAction(p =>
        {
            TextWriter o = p.InvocationConfiguration.Output;
            if (!p.GetValue(pty))
            {
                p.InvocationConfiguration.Error.WriteLine("imeter serve: say --pty (the only transport so far)");
                return 1;
            }

            double? dur = p.GetValue(duration);
            if (dur is <= 0)
            {
                p.InvocationConfiguration.Error.WriteLine("imeter serve: --duration must be positive");
                return 1;
            }

            string kind = p.GetValue(engine)!;
            ImpedanceMeter.Core.Measurement.IZoutEngine zout;
            string label;
            if (kind == "demo")
            {
                zout = new DemoZoutEngine();
                label = "demo engine: fixed 0.5 ohm + 220 uF model, not a simulation";
            }
            else if (kind == "sim")
            {
                var spec = ImpedanceMeter.Sim.SourceSpec.Parse(p.GetValue(source)!, out string reason);
                if (spec == null)
                {
                    p.InvocationConfiguration.Error.WriteLine("imeter serve: --source: " + reason);
                    return 1;
                }

                zout = new SimulatedEngine(spec, p.GetValue(seed));
                label = "simulated instrument " + p.GetValue(seed) + ", source " + spec.Name + "; calibrate with CAL:OPEN, CAL:SHORT, CAL:LOAD";
            }
            else
            {
                p.InvocationConfiguration.Error.WriteLine("imeter serve: --engine must be sim or demo");
                return 1;
            }

            return ServePty(zout, kind, label, p.GetValue(link), dur, p.GetValue(json), o, p.InvocationConfiguration.Error);
        });
        return command;
    }
    /// <summary>
    /// Runs <paramref name="engine"/> behind a new pty until Ctrl+C or <paramref name="durationSeconds"/>,
    /// printing the device path (or JSON). Reusable by <c>imeter simulate --pty</c>. Returns the exit code.
    /// </summary>
    public static int ServePty(ImpedanceMeter.Core.Measurement.IZoutEngine engine, string engineKind, string label, string? link, double? durationSeconds, bool json, TextWriter o, TextWriter err)
    {
        try
        {
            using var meter = new VirtualMeterPty(engine, new IemLibraryAdapter(new IemLibrary()), VirtualIdentity(engineKind), null, link).Start();
            if (json)
            {
                o.WriteLine(JsonSerializer.Serialize(new { device = meter.DevicePath, pty = meter.SlavePath, engine = engineKind }));
            }
            else
            {
                o.WriteLine(meter.DevicePath);
                Console.Error.WriteLine("imeter: virtual meter on " + meter.DevicePath + " (" + label + "); Ctrl+C stops");
            }

            o.Flush();
            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            if (durationSeconds != null)
            {
                stop.CancelAfter(TimeSpan.FromSeconds(durationSeconds.Value));
            }

            stop.Token.WaitHandle.WaitOne();
            Console.CancelKeyPress -= onCancel;
            meter.Stop();
            return 0;
        }
        catch (Exception e) when (e is SerialPortException or IOException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            err.WriteLine("imeter serve: " + e.Message);
            return 1;
        }
    }
}
