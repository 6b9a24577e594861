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
    public static Command Create()
    {
        var pty = new Option<bool>("--pty") { Description = "Serve on a new pseudo-terminal (the only transport so far)" };
        var link = new Option<string?>("--link") { Description = "Also create this symlink to the pty (a stable path across restarts)" };
        var duration = new Option<double?>("--duration") { Description = "Stop after this many seconds (default: until Ctrl+C)" };
        var json = new Option<bool>("--json") { Description = "Print the device path as JSON" };
        var command = new Command("serve", "Runs a virtual meter's serial protocol on a pseudo-terminal and prints its device path.") { pty, link, duration, json };
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

            try
            {
                using var meter = new VirtualMeterPty(new DemoZoutEngine(), new IemLibraryAdapter(new IemLibrary()),
                    new DeviceIdentity { Serial = "VIRTUAL", Model = "IM-1 virtual (demo engine)" }, null, p.GetValue(link)).Start();
                if (p.GetValue(json))
                {
                    o.WriteLine(JsonSerializer.Serialize(new { device = meter.DevicePath, pty = meter.SlavePath, engine = "demo" }));
                }
                else
                {
                    o.WriteLine(meter.DevicePath);
                    Console.Error.WriteLine("imeter serve: virtual meter on " + meter.DevicePath + " (demo engine: fixed 0.5 ohm + 220 uF model, not a simulation); Ctrl+C stops");
                }

                o.Flush();
                using var stop = new CancellationTokenSource();
                ConsoleCancelEventHandler onCancel = (_, e) =>
                {
                    e.Cancel = true;
                    stop.Cancel();
                };
                Console.CancelKeyPress += onCancel;
                if (dur != null)
                {
                    stop.CancelAfter(TimeSpan.FromSeconds(dur.Value));
                }

                stop.Token.WaitHandle.WaitOne();
                Console.CancelKeyPress -= onCancel;
                meter.Stop();
                return 0;
            }
            catch (Exception e) when (e is SerialPortException or IOException or PlatformNotSupportedException or UnauthorizedAccessException)
            {
                p.InvocationConfiguration.Error.WriteLine("imeter serve: " + e.Message);
                return 1;
            }
        });
        return command;
    }
}
