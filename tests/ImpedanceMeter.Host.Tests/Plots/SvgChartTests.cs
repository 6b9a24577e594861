using System.Globalization;
using System.Xml.Linq;
using ImpedanceMeter.Cli.Plots;
using ImpedanceMeter.Cli.Protocol;

namespace ImpedanceMeter.Host.Tests.Plots;

/// <summary>
/// Golden-file and geometry tests of the hand-written SVG charts. To accept a deliberate change
/// of the drawing, run once with IMETER_UPDATE_GOLDEN=1 and review the diff of Golden/*.svg.
/// </summary>
[TestClass]
public class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static SvgChart TwoLegChart()
    {
        var chart = new SvgChart { Title = "|Zout| per leg", YLabel = "|Zout| (Ω)", XMin = 20, XMax = 20000, YMin = 0 };
        chart.Series.Add(new ChartSeries("leg L measured", "#1f77b4", new List<(double, double)> { (20, 36.2), (100, 7.25), (1000, 0.88), (20000, 0.50) }, Markers: true));
        chart.Series.Add(new ChartSeries("leg R model", "#d62728", new List<(double, double)> { (20, 30.0), (200, 3.0), (2000, 0.6), (20000, 0.52) }, Dashed: true));
        return chart;
    }

    private static void Golden(string name, string actual)
    {
        string path = RepoPaths.Combine("tests", "ImpedanceMeter.Host.Tests", "Plots", "Golden", name);
        if (Environment.GetEnvironmentVariable("IMETER_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.IsTrue(File.Exists(path), "golden file missing: " + path + " (run with IMETER_UPDATE_GOLDEN=1)");
        Assert.AreEqual(File.ReadAllText(path), actual, "SVG differs from " + name);
    }

    [TestMethod]
    public void TwoLegChartMatchesTheGoldenFile() => Golden("zout-two-legs.svg", TwoLegChart().Render());

    [TestMethod]
    public void DeviationChartWithNegativeValuesMatchesTheGoldenFile()
    {
        var chart = new SvgChart { Title = "Predicted deviation on Test & IEM <3>", YLabel = "Deviation re 1 kHz (dB)" };
        chart.Series.Add(new ChartSeries("leg L", "#2ca02c", new List<(double, double)> { (20, -0.45), (400, 0.14), (1000, 0), (10000, -0.38), (20000, -0.12) }));
        Golden("deviation.svg", chart.Render());
    }

    [TestMethod]
    public void OutputIsWellFormedAndEscapesText()
    {
        var chart = TwoLegChart();
        chart.Series.Add(new ChartSeries("a<b & \"c\"", "#000", new List<(double, double)> { (50, 1) }));
        XDocument doc = XDocument.Parse(chart.Render());
        Assert.IsTrue(doc.Descendants(Svg + "text").Any(t => t.Value == "a<b & \"c\""));
    }

    [TestMethod]
    public void FrequencyAxisIsLogarithmicAndSpansThePlot()
    {
        XDocument doc = XDocument.Parse(TwoLegChart().Render());
        double X(string label) => double.Parse(doc.Descendants(Svg + "text").First(t => t.Value == label).Attribute("x")!.Value, CultureInfo.InvariantCulture);
        double decade = X("200") - X("20");
        Assert.AreEqual(decade, X("2k") - X("200"), 0.02, "equal decades");
        Assert.AreEqual(decade, X("20k") - X("2k"), 0.02, "equal decades");
        Assert.AreEqual(Math.Log10(5) / Math.Log10(10) * decade, X("100") - X("20"), 0.02, "20 to 100 is log10(5) of a decade");
        var frame = doc.Descendants(Svg + "rect").First(r => r.Attribute("fill")?.Value == "none");
        Assert.AreEqual(double.Parse(frame.Attribute("x")!.Value, CultureInfo.InvariantCulture), X("20"), 0.02, "20 Hz on the left edge");
    }

    [TestMethod]
    public void LegendNamesEverySeriesAndUnitsAreOnTheAxes()
    {
        XDocument doc = XDocument.Parse(TwoLegChart().Render());
        var texts = doc.Descendants(Svg + "text").Select(t => t.Value).ToList();
        CollectionAssert.IsSubsetOf(new[] { "leg L measured", "leg R model", "Frequency (Hz)", "|Zout| (Ω)" }, texts);
        Assert.AreEqual(4, doc.Descendants(Svg + "circle").Count(), "one marker per measured point");
        Assert.IsTrue(doc.Descendants(Svg + "polyline").Any(p => p.Attribute("stroke-dasharray") != null), "model dashed");
    }

    [TestMethod]
    public void ValueTicksAreRoundNumbersCoveringTheData()
    {
        XDocument doc = XDocument.Parse(TwoLegChart().Render());
        var ticks = doc.Descendants(Svg + "text").Where(t => t.Attribute("text-anchor")?.Value == "end").Select(t => double.Parse(t.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.AreEqual(0, ticks.Min());
        Assert.IsTrue(ticks.Max() >= 36.2, "top tick covers the largest value");
        double step = ticks[1] - ticks[0];
        Assert.IsTrue(new[] { 1.0, 2.0, 5.0, 10.0 }.Contains(step / Math.Pow(10, Math.Floor(Math.Log10(step)))), "1-2-5 step: " + step);
    }

    [TestMethod]
    public void ModelMagnitudeOfRPlusSeriesCMatchesTheFormula()
    {
        var fit = new FitRecord(1, "", "SE35", "L", 500000, 220000, 0, 0, true, "OK", 0);
        Assert.AreEqual(Math.Sqrt(0.25 + Math.Pow(1 / (2 * Math.PI * 20 * 220e-6), 2)), fit.MagnitudeAt(20), 1e-9);
    }
}
