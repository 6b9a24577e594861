using ImpedanceMeter.Cli.Protocol;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Protocol;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Cli.Plots;

/// <summary>The report's two charts: |Zout| per leg (measured points, model dashed) and the predicted deviation on an IEM.</summary>
public static class ReportCharts
{
    private static readonly string[] Palette = { "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf", "#7f7f7f" };

    /// <summary>Mean Re/Im per (leg, frequency) of the OK readings, legs in protocol order.</summary>
    public static IReadOnlyList<(string Leg, ZoutPoint[] Points)> MeanPoints(IEnumerable<Reading> readings)
    {
        return readings.Where(r => r.IsOk)
            .GroupBy(r => r.Leg)
            .OrderBy(g => ProtocolNames.ParseLeg(g.Key))
            .Select(g => (g.Key, g.GroupBy(r => r.FrequencyMilliHertz).OrderBy(f => f.Key).Select(f => new ZoutPoint
            {
                Leg = (Leg)ProtocolNames.ParseLeg(g.Key),
                FrequencyMilliHertz = (int)f.Key,
                ReMicroOhms = (int)Math.Round(f.Average(r => (double)r.ReMicroOhms)),
                ImMicroOhms = (int)Math.Round(f.Average(r => (double)r.ImMicroOhms)),
                Status = MeasurementStatus.Ok,
            }).ToArray()))
            .ToList();
    }

    /// <summary>|Zout| (Ω) against frequency, one colour per leg; the latest model fit of a leg dashed.</summary>
    public static SvgChart Zout(IEnumerable<Reading> readings, IEnumerable<FitRecord> fits, string title)
    {
        var chart = new SvgChart { Title = title, YLabel = "|Zout| (Ω)", XMin = 10, XMax = 20000, YMin = 0 };
        int i = 0;
        foreach (var (leg, points) in MeanPoints(readings))
        {
            string color = Palette[i++ % Palette.Length];
            chart.Series.Add(new ChartSeries("leg " + leg + " measured", color,
                points.Select(p => (p.FrequencyMilliHertz / 1000.0, Math.Sqrt(((double)p.ReMicroOhms * p.ReMicroOhms) + ((double)p.ImMicroOhms * p.ImMicroOhms)) / 1e6)).ToList(),
                Line: points.Length > 1, Markers: true));
            FitRecord? fit = fits.LastOrDefault(f => f.Leg == leg && f.Valid);
            if (fit != null)
            {
                chart.Series.Add(new ChartSeries("leg " + leg + " model", color, LogGrid(10, 20000, 60).Select(f => (f, fit.MagnitudeAt(f))).ToList(), Dashed: true));
            }
        }

        return chart;
    }

    /// <summary>Predicted deviation (dB re 1 kHz) on <paramref name="iem"/> per leg, from verdict's fixed-point engine.</summary>
    public static (SvgChart Chart, IReadOnlyList<(string Leg, VerdictResult Result)> Results) Deviation(IEnumerable<Reading> readings, IemProfile iem)
    {
        var chart = new SvgChart { Title = "Predicted deviation on " + iem.Name, YLabel = "Deviation re 1 kHz (dB)" };
        var results = new List<(string, VerdictResult)>();
        int i = 0;
        foreach (var (leg, points) in MeanPoints(readings))
        {
            VerdictResult v = DeviationEngine.Compute(iem, points, new VerdictSettings());
            results.Add((leg, v));
            var series = v.FrequencyMilliHertz.Select((f, k) => (f / 1000.0, v.DeviationMilliDb[k] / 1000.0)).ToList();
            chart.Series.Add(new ChartSeries("leg " + leg, Palette[i++ % Palette.Length], series));
        }

        return (chart, results);
    }

    private static IEnumerable<double> LogGrid(double from, double to, int n) =>
        Enumerable.Range(0, n).Select(k => from * Math.Pow(to / from, k / (double)(n - 1)));
}
