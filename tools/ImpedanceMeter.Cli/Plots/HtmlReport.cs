using System.Globalization;
using System.Net;
using System.Text;
using ImpedanceMeter.Core.Text;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Cli.Plots;

/// <summary>
/// A self-contained HTML report (inline CSS and SVG, no scripts, no network): the session header,
/// |Zout| per leg, the predicted deviation on an IEM (when one is given), link problems and the
/// history table.
/// </summary>
public static class HtmlReport
{
    /// <summary>Most rows of the history table (the database keeps everything).</summary>
    public const int MaxHistoryRows = 500;

    /// <summary>Reads session <paramref name="sessionId"/> (0 = latest) and writes the report.</summary>
    public static void WriteFromDatabase(string dbPath, string htmlPath, long sessionId, IemProfile? iem = null)
    {
        string html = Render(ReportData.Load(dbPath, sessionId), iem);
        string tmp = htmlPath + ".tmp";
        File.WriteAllText(tmp, html, new UTF8Encoding(false));
        File.Move(tmp, htmlPath, true);
    }

    public static string Render(ReportData d, IemProfile? iem)
    {
        var readings = d.Readings.Select(r => r.Reading).ToList();
        string sources = string.Join(", ", readings.Select(r => r.Source).Where(s => s.Length > 0).Distinct());
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ImpedanceMeter report, session ").Append(d.SessionId).Append("</title>\n");
        h.Append("<style>body{font-family:sans-serif;margin:2em;max-width:1000px;color:#222}table{border-collapse:collapse;font-size:13px}"
            + "td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}th{background:#f3f3f3}td.l{text-align:left}.note{color:#555}.warn{color:#a60}</style></head><body>\n");
        h.Append("<h1>ImpedanceMeter report</h1>\n<table>");
        Row(h, "session", d.SessionId.ToString(CultureInfo.InvariantCulture));
        Row(h, "meter", d.Meter);
        Row(h, "firmware", d.Firmware);
        Row(h, "port", d.Port);
        Row(h, "started (UTC)", d.Started);
        Row(h, "ended (UTC)", d.Ended ?? "still running");
        Row(h, "source", sources.Length > 0 ? sources : "(unnamed)");
        Row(h, "readings", readings.Count + " stored, " + readings.Count(r => !r.IsOk) + " of them without a valid Zout");
        h.Append("</table>\n");

        h.Append("<h2>Output impedance</h2>\n");
        if (readings.Any(r => r.IsOk))
        {
            h.Append(ReportCharts.Zout(readings, d.Fits, "|Zout| per leg").Render());
            h.Append("<p class=\"note\">Points are the mean of the OK readings at each frequency; dashed lines are the meter's fitted R + C + L model (model, not measurement).</p>\n");
        }
        else
        {
            h.Append("<p class=\"warn\">No valid reading in this session.</p>\n");
        }

        h.Append("<h2>Predicted deviation</h2>\n");
        if (iem != null && readings.Any(r => r.IsOk))
        {
            var (chart, results) = ReportCharts.Deviation(readings, iem);
            h.Append(chart.Render());
            h.Append("<table><tr><th>leg</th><th>verdict</th><th>peak-to-peak (dB)</th><th>worst at (Hz)</th><th>damping min|Z|/|Zout|</th></tr>\n");
            foreach (var (leg, v) in results)
            {
                h.Append("<tr><td class=\"l\">").Append(E(leg)).Append("</td><td class=\"l\">").Append(E(VerdictNames.Of(v.Kind))).Append("</td><td>")
                    .Append(FixedFormat.Format(v.PeakToPeakMilliDb, 3, 2)).Append("</td><td>").Append(FixedFormat.Format(v.WorstFrequencyMilliHertz, 3, 0))
                    .Append("</td><td>").Append(v.RatioMinMilli == VerdictResult.RatioUnbounded ? "∞" : FixedFormat.Format(v.RatioMinMilli, 3, 1)).Append("</td></tr>\n");
            }

            h.Append("</table>\n<p class=\"note\">Computed by the meter's fixed-point deviation engine from the measured points on ").Append(E(iem.Name))
                .Append(iem.HasCurve ? "'s impedance curve" : " (nominal impedance only: the verdict is the ratio)").Append(". Frequencies between measured points are interpolated.</p>\n");
        }
        else
        {
            h.Append("<p class=\"note\">No IEM given: run <code>imeter report --iem NAME</code> (or <code>imeter log --iem NAME</code>) to predict the frequency-response deviation on an IEM.</p>\n");
        }

        h.Append("<h2>Link</h2>\n");
        var problems = d.Events.Where(e => e.Kind != "reconnect").GroupBy(e => e.Kind).Select(g => g.Key + ": " + g.Count()).ToList();
        long missing = d.Events.Where(e => e.Kind == "gap").Sum(e => (e.Last ?? 0) - (e.First ?? 0) + 1);
        h.Append("<p>").Append(problems.Count == 0 ? "No link problems." : E(string.Join(", ", problems)) + "; " + missing + " records missing.").Append("</p>\n");

        h.Append("<h2>History</h2>\n<table><tr><th>seq</th><th>received (UTC)</th><th>source</th><th>jack</th><th>leg</th><th>freq (Hz)</th><th>Re (Ω)</th><th>Im (Ω)</th><th>|Z| (Ω)</th><th>status</th><th>cal</th></tr>\n");
        foreach (StoredReading s in d.Readings.TakeLast(MaxHistoryRows))
        {
            var r = s.Reading;
            h.Append("<tr><td>").Append(r.Sequence).Append("</td><td class=\"l\">").Append(E(s.ReceivedUtc)).Append("</td><td class=\"l\">").Append(E(r.Source))
                .Append("</td><td class=\"l\">").Append(r.Jack).Append("</td><td class=\"l\">").Append(E(r.Leg)).Append("</td><td>").Append(FixedFormat.Format(r.FrequencyMilliHertz, 3, 1))
                .Append("</td><td>").Append(FixedFormat.Format(r.ReMicroOhms, 6, 4)).Append("</td><td>").Append(FixedFormat.Format(r.ImMicroOhms, 6, 4))
                .Append("</td><td>").Append(r.IsOk ? r.MagnitudeOhms.ToString("0.0000", CultureInfo.InvariantCulture) : "–").Append("</td><td class=\"l\">").Append(r.Status)
                .Append("</td><td>").Append(r.CalibrationId).Append("</td></tr>\n");
        }

        h.Append("</table>\n");
        if (d.Readings.Count > MaxHistoryRows)
        {
            h.Append("<p class=\"note\">Last ").Append(MaxHistoryRows).Append(" of ").Append(d.Readings.Count).Append(" readings; the database has all of them.</p>\n");
        }

        h.Append("</body></html>\n");
        return h.ToString();
    }

    private static void Row(StringBuilder h, string key, string value) =>
        h.Append("<tr><th>").Append(E(key)).Append("</th><td class=\"l\">").Append(E(value)).Append("</td></tr>");

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
