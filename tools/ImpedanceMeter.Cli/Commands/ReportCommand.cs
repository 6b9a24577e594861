using System.CommandLine;
using System.Text.Json;
using ImpedanceMeter.Cli.Plots;
using ImpedanceMeter.Cli.Verdict;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Cli.Commands;

/// <summary><c>imeter report --db FILE --html FILE [--session N] [--iem NAME|FILE]</c>: the HTML report of a logged session.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "The logger's SQLite file", Required = true };
        var html = new Option<string>("--html") { Description = "Report to write (self-contained HTML)", Required = true };
        var session = new Option<long>("--session") { Description = "Session id (default: the latest)" };
        var iem = new Option<string?>("--iem") { Description = "IEM (library name or impedance file) to predict the deviation on" };
        var library = new Option<string?>("--library") { Description = "PC IEM library file (see imeter iem list)" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("report", "Writes the HTML report (Zout per leg, predicted deviation, history) of a logged session.") { db, html, session, iem, library, json };
        command.SetAction(p =>
        {
            try
            {
                IemProfile? profile = p.GetValue(iem) is string name ? IemResolver.Resolve(name, UserLibraryStore.ResolvePath(p.GetValue(library))) : null;
                string dir = Path.GetDirectoryName(Path.GetFullPath(p.GetValue(html)!))!;
                if (!Directory.Exists(dir))
                {
                    throw new ArgumentException("folder does not exist: " + dir);
                }

                HtmlReport.WriteFromDatabase(p.GetValue(db)!, p.GetValue(html)!, p.GetValue(session), profile);
                p.InvocationConfiguration.Output.WriteLine(p.GetValue(json)
                    ? JsonSerializer.Serialize(new { html = p.GetValue(html), iem = profile?.Name })
                    : "report written to " + p.GetValue(html));
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or ImpedanceFileException or InvalidDataException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                p.InvocationConfiguration.Error.WriteLine("imeter report: " + e.Message);
                return 1;
            }
        });
        return command;
    }
}
