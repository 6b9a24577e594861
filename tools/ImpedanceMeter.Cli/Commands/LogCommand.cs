using System.CommandLine;
using System.Text.Json;
using ImpedanceMeter.Cli.Logger;
using ImpedanceMeter.Cli.Plots;
using ImpedanceMeter.Cli.Protocol;
using ImpedanceMeter.Cli.Serial;
using ImpedanceMeter.Core.Protocol;

namespace ImpedanceMeter.Cli.Commands;

/// <summary>
/// <c>imeter log --port PATH [--db FILE] [--csv FILE] [--html FILE]</c>: logs a meter's readings
/// with a live view, reconnects after an unplug, reports damaged lines and sequence gaps, and
/// prints a summary at exit (Ctrl+C, --duration or --until-idle).
/// </summary>
public static class LogCommand
{
    public static Command Create()
    {
        var port = new Option<string>("--port") { Description = "Serial device of the meter (/dev/ttyUSB0, or the path `imeter serve --pty` prints)", Required = true };
        var db = new Option<string?>("--db") { Description = "SQLite history file (created if missing, appended otherwise)" };
        var csv = new Option<string?>("--csv") { Description = "CSV file to append readings to" };
        var html = new Option<string?>("--html") { Description = "Write a self-contained HTML report here at exit" };
        var measure = new Option<int?>("--measure") { Description = "Ask the meter for this many spot readings (MEAS:CONT N)" };
        var source = new Option<string?>("--source") { Description = "Name of the source under test, sent to the meter (CONF:SRC)" };
        var duration = new Option<double?>("--duration") { Description = "Stop after this many seconds" };
        var untilIdle = new Option<double?>("--until-idle") { Description = "Stop once no line arrived for this many seconds" };
        var noReconnect = new Option<bool>("--no-reconnect") { Description = "Stop instead of waiting when the port disappears" };
        var iem = new Option<string?>("--iem") { Description = "IEM (library name or impedance file) the HTML report predicts the deviation on" };
        var json = new Option<bool>("--json") { Description = "No live view; print the summary as JSON" };
        var command = new Command("log", "Logs readings from a meter on a serial port to SQLite, CSV and an HTML report.")
        {
            port, db, csv, html, measure, source, duration, untilIdle, noReconnect, iem, json,
        };
        command.SetAction(p =>
        {
            TextWriter err = p.InvocationConfiguration.Error;
            TextWriter output = p.InvocationConfiguration.Output;
            try
            {
                var starts = new List<string>();
                string? src = p.GetValue(source);
                if (src != null)
                {
                    Require(ProtocolNames.IsValidName(src), "--source must be 1-24 characters of letters, digits, space and _.+-()");
                    starts.Add("CONF:SRC \"" + src + "\"");
                }

                int? n = p.GetValue(measure);
                if (n != null)
                {
                    Require(n > 0 && n <= MeasureCommands.MaxContinuousCount, "--measure must be 1.." + MeasureCommands.MaxContinuousCount);
                    starts.Add("MEAS:CONT " + n);
                }

                double? dur = p.GetValue(duration);
                double? idle = p.GetValue(untilIdle);
                Require(dur is null or > 0, "--duration must be positive");
                Require(idle is null or > 0, "--until-idle must be positive");
                string? htmlPath = p.GetValue(html);
                string? dbPath = p.GetValue(db);
                foreach (string? f in new[] { dbPath, p.GetValue(csv), htmlPath })
                {
                    string? dir = f == null ? null : Path.GetDirectoryName(Path.GetFullPath(f));
                    Require(dir == null || Directory.Exists(dir), "folder does not exist: " + dir);
                }

                ImpedanceMeter.Core.Verdict.IemProfile? profile = p.GetValue(iem) is string iemName
                    ? Verdict.IemResolver.Resolve(iemName, Verdict.UserLibraryStore.ResolvePath(null))
                    : null;
                string? tempDb = null;
                if (htmlPath != null && dbPath == null)
                {
                    tempDb = Path.Combine(Path.GetTempPath(), "imeter-log-" + Guid.NewGuid().ToString("N") + ".sqlite");
                    dbPath = tempDb;
                }

                var options = new LoggerOptions
                {
                    Port = p.GetValue(port)!,
                    DatabasePath = dbPath,
                    CsvPath = p.GetValue(csv),
                    StartCommands = starts,
                    Reconnect = !p.GetValue(noReconnect),
                };
                using var session = new LoggerSession(options);
                using var stop = new CancellationTokenSource();
                ConsoleCancelEventHandler onCancel = (_, e) =>
                {
                    e.Cancel = true;
                    stop.Cancel();
                };
                Console.CancelKeyPress += onCancel;
                try
                {
                    if (dur != null)
                    {
                        stop.CancelAfter(TimeSpan.FromSeconds(dur.Value));
                    }

                    Task run = Task.Run(() => session.Run(stop.Token));
                    Task watch = Task.Run(() => WatchIdle(session.Stats, idle, run, stop));
                    bool live = !p.GetValue(json) && !Console.IsOutputRedirected && ReferenceEquals(output, Console.Out);
                    if (live)
                    {
                        LiveView.Run(session.Stats, run);
                    }

                    run.GetAwaiter().GetResult();
                    stop.Cancel();
                    watch.Wait();
                }
                finally
                {
                    Console.CancelKeyPress -= onCancel;
                }

                if (htmlPath != null && dbPath != null)
                {
                    session.Dispose();
                    HtmlReport.WriteFromDatabase(dbPath, htmlPath, session.SessionId, profile);
                }

                if (tempDb != null)
                {
                    File.Delete(tempDb);
                    File.Delete(tempDb + "-wal");
                    File.Delete(tempDb + "-shm");
                }

                WriteSummary(output, session, p.GetValue(json), dbPath == tempDb ? null : dbPath, p.GetValue(csv), htmlPath);
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or SerialPortException or MeterException or IOException or UnauthorizedAccessException or InvalidDataException or Verdict.ImpedanceFileException)
            {
                err.WriteLine("imeter log: " + e.Message);
                return 1;
            }
        });
        return command;
    }

    private static void WatchIdle(LoggerStats stats, double? idleSeconds, Task run, CancellationTokenSource stop)
    {
        if (idleSeconds == null)
        {
            return;
        }

        long last = -1;
        DateTime lastChange = DateTime.UtcNow;
        while (!run.IsCompleted && !stop.IsCancellationRequested)
        {
            long now = stats.LinesReceived;
            if (now != last)
            {
                last = now;
                lastChange = DateTime.UtcNow;
            }
            else if (now > 0 && (DateTime.UtcNow - lastChange).TotalSeconds >= idleSeconds)
            {
                stop.Cancel();
                return;
            }

            run.Wait(50);
        }
    }

    private static void WriteSummary(TextWriter o, LoggerSession session, bool json, string? db, string? csv, string? html)
    {
        LoggerStats s = session.Stats;
        if (json)
        {
            o.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["session"] = session.SessionId,
                ["meter"] = s.Meter,
                ["readings_stored"] = s.ReadingsStored,
                ["fits_stored"] = s.FitsStored,
                ["missing_records"] = s.MissingRecords,
                ["bad_lines"] = s.BadLines,
                ["overlong_lines"] = s.OverlongLines,
                ["duplicates"] = s.Duplicates,
                ["reconnects"] = s.Reconnects,
                ["gaps"] = session.Tracker.Gaps.Select(g => new[] { g.First, g.Last }).ToArray(),
                ["db"] = db,
                ["csv"] = csv,
                ["html"] = html,
            }));
            return;
        }

        o.WriteLine("imeter log: " + s.ReadingsStored + " readings stored, " + s.FitsStored + " fits, " + s.MissingRecords + " missing, "
            + s.BadLines + " bad checksum, " + s.OverlongLines + " overlong, " + s.Duplicates + " repeated, " + s.Reconnects + " reconnects");
        foreach (var g in session.Tracker.Gaps.Take(20))
        {
            o.WriteLine("  missing " + (g.First == g.Last ? "#" + g.First : "#" + g.First + "-#" + g.Last));
        }

        if (session.Tracker.Gaps.Count > 20)
        {
            o.WriteLine("  … " + (session.Tracker.Gaps.Count - 20) + " more gaps (see link_event in the database)");
        }

        foreach (var (what, path) in new[] { ("database", db), ("csv", csv), ("report", html) })
        {
            if (path != null)
            {
                o.WriteLine("  " + what + ": " + path);
            }
        }
    }

    private static void Require(bool ok, string message)
    {
        if (!ok)
        {
            throw new ArgumentException(message);
        }
    }
}
