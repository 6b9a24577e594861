using System.Text.RegularExpressions;
using ImpedanceMeter.Cli.Plots;
using ImpedanceMeter.Cli.Protocol;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Host.Tests.Plots;

[TestClass]
public class HtmlReportTests
{
    private static ReportData Data(params Reading[] readings) => new(3, "/dev/ttyUSB0", "ImpedanceMeter,IM-1,7,0.1.0", "0.1.0", "2026-11-22T00:00:00.000Z", null,
        readings.Select(r => new StoredReading("2026-11-22T00:00:01.000Z", r)).ToList(),
        new[] { new FitRecord(9, "Dongle <A&B>", "SE35", "L", 500000, 220000, 0, 300, true, "OK", 0) },
        new[] { new StoredEvent("t", "gap", 4, 5, null), new StoredEvent("t", "bad_checksum", null, null, "x") });

    private static readonly Reading[] Sweep =
    {
        new(1, "Dongle <A&B>", "SE35", "L", 20000, 500000, -36171000, "OK", 0),
        new(2, "Dongle <A&B>", "SE35", "L", 1000000, 500000, -723000, "OK", 0),
        new(3, "Dongle <A&B>", "SE35", "R", 1000000, 502000, -723000, "OK", 0),
        new(6, "Dongle <A&B>", "SE35", "R", 1000000, 0, 0, "NOT_IDLE", 0),
    };

    [TestMethod]
    public void ReportIsSelfContainedWithChartsHistoryAndEscapedNames()
    {
        string html = HtmlReport.Render(Data(Sweep), null);
        Assert.IsFalse(Regex.IsMatch(html, "(src|href)\\s*=", RegexOptions.IgnoreCase), "no external resources");
        Assert.IsFalse(html.Contains("<script", StringComparison.OrdinalIgnoreCase));
        Assert.AreEqual(1, Regex.Matches(html, "<svg").Count, "Zout chart only without an IEM");
        Assert.Contains("Dongle &lt;A&amp;B&gt;", html);
        Assert.DoesNotContain("Dongle <A&B>", html);
        Assert.Contains("No IEM given", html);
        Assert.Contains("gap: 1, bad_checksum: 1; 2 records missing.", html);
        Assert.AreEqual(4, Regex.Matches(html, "<tr><td>\\d+</td>").Count, "one history row per reading");
        Assert.Contains("NOT_IDLE", html);
    }

    [TestMethod]
    public void WithAnIemTheDeviationChartAndVerdictTableAppear()
    {
        IemProfile iem = BuiltInIems.Create().First(p => p.HasCurve);
        string html = HtmlReport.Render(Data(Sweep), iem);
        Assert.AreEqual(2, Regex.Matches(html, "<svg").Count);
        Assert.Contains("Predicted deviation on " + iem.Name, html);
        Assert.AreEqual(2, Regex.Matches(html, "<tr><td class=\"l\">[LR]</td><td class=\"l\">").Count, "a verdict row per leg");
    }

    [TestMethod]
    public void NoValidReadingSaysSoInsteadOfDrawing()
    {
        string html = HtmlReport.Render(Data(Sweep[3]), null);
        Assert.Contains("No valid reading in this session.", html);
        Assert.AreEqual(0, Regex.Matches(html, "<svg").Count);
    }
}
