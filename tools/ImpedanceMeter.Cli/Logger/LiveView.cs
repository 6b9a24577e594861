using ImpedanceMeter.Core.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ImpedanceMeter.Cli.Logger;

/// <summary>The Spectre.Console live panel of <c>imeter log</c>: connection, current reading, counts, recent problems.</summary>
public static class LiveView
{
    /// <summary>Redraws every 250 ms until <paramref name="done"/> completes.</summary>
    public static void Run(LoggerStats stats, Task done)
    {
        AnsiConsole.Live(Render(stats)).AutoClear(false).Start(ctx =>
        {
            while (!done.IsCompleted)
            {
                ctx.UpdateTarget(Render(stats));
                done.Wait(250);
            }

            ctx.UpdateTarget(Render(stats));
        });
    }

    /// <summary>The panel for the current counters.</summary>
    public static IRenderable Render(LoggerStats s)
    {
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("[grey]link[/]", Markup.Escape(s.State));
        grid.AddRow("[grey]meter[/]", Markup.Escape(s.Meter));
        var r = s.LastReading;
        grid.AddRow("[grey]current[/]", r == null ? "[grey]no reading yet[/]" : Markup.Escape(
            "#" + r.Sequence + "  " + (r.Source.Length > 0 ? r.Source + "  " : string.Empty) + r.Jack + " " + r.Leg + "  "
            + FixedFormat.Format(r.FrequencyMilliHertz, 3, 1) + " Hz  " + (r.IsOk ? "|Z| " + r.MagnitudeOhms.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)
            + " Ω (" + FixedFormat.Format(r.ReMicroOhms, 6, 4) + " " + (r.ImMicroOhms < 0 ? "-" : "+") + " j" + FixedFormat.Format(Math.Abs(r.ImMicroOhms), 6, 4) + ")" : r.Status)));
        grid.AddRow("[grey]stored[/]", "[green]" + s.ReadingsStored + "[/] readings, " + s.FitsStored + " fits");
        grid.AddRow("[grey]problems[/]", (s.MissingRecords > 0 ? "[yellow]" : "[green]") + s.MissingRecords + " missing[/], " + s.BadLines + " bad checksum, "
            + s.OverlongLines + " overlong, " + s.Duplicates + " repeated, " + s.Reconnects + " reconnects");
        foreach (string p in s.RecentProblems)
        {
            grid.AddRow(string.Empty, "[yellow]" + Markup.Escape(p) + "[/]");
        }

        return new Panel(grid).Header("imeter log").Border(BoxBorder.Rounded);
    }
}
