using System.Globalization;
using System.Security;
using System.Text;

namespace ImpedanceMeter.Cli.Plots;

/// <summary>One data series of a chart: points in data units, drawn as a line, markers or both.</summary>
public sealed record ChartSeries(string Name, string Color, IReadOnlyList<(double X, double Y)> Points, bool Line = true, bool Markers = false, bool Dashed = false);

/// <summary>
/// A hand-written SVG x/y chart with a logarithmic frequency axis (decades, 2-5 minor lines),
/// a linear value axis with 1-2-5 ticks, grid, legend and axis titles with units. Output is
/// deterministic (invariant culture, fixed decimals), so golden files can compare it byte for byte.
/// </summary>
public sealed class SvgChart
{
    public string Title { get; init; } = string.Empty;
    public string XLabel { get; init; } = "Frequency (Hz)";
    public string YLabel { get; init; } = string.Empty;
    public double XMin { get; init; } = 20;
    public double XMax { get; init; } = 20000;

    /// <summary>Value range; null = from the data (padded to nice ticks).</summary>
    public double? YMin { get; init; }
    public double? YMax { get; init; }

    public int Width { get; init; } = 720;
    public int Height { get; init; } = 420;
    public List<ChartSeries> Series { get; } = new();

    private const int Left = 70, Right = 150, Top = 40, Bottom = 55;

    public string Render()
    {
        var (y0, y1, step) = YRange();
        double pw = Width - Left - Right, ph = Height - Top - Bottom;
        double lx0 = Math.Log10(XMin), lx1 = Math.Log10(XMax);
        double Px(double x) => Left + ((Math.Log10(x) - lx0) / (lx1 - lx0) * pw);
        double Py(double y) => Top + ph - ((y - y0) / (y1 - y0) * ph);
        var s = new StringBuilder();
        s.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(Width).Append("\" height=\"").Append(Height)
            .Append("\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height).Append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        s.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.Append("<text x=\"").Append(F(Left + (pw / 2))).Append("\" y=\"22\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">").Append(Esc(Title)).Append("</text>\n");

        // Frequency grid: every 1, 2 and 5 of each decade; labels on 1, 2, 5.
        s.Append("<g stroke=\"#ddd\" stroke-width=\"1\">\n");
        var labels = new StringBuilder();
        for (int decade = (int)Math.Floor(lx0); decade <= (int)Math.Ceiling(lx1); decade++)
        {
            for (int m = 1; m <= 9; m++)
            {
                double x = m * Math.Pow(10, decade);
                if (x < XMin * 0.999 || x > XMax * 1.001)
                {
                    continue;
                }

                double px = Px(x);
                s.Append("<line x1=\"").Append(F(px)).Append("\" y1=\"").Append(Top).Append("\" x2=\"").Append(F(px)).Append("\" y2=\"").Append(F(Top + ph))
                    .Append(m == 1 ? "\" stroke=\"#bbb\"/>\n" : "\"/>\n");
                if (m is 1 or 2 or 5)
                {
                    labels.Append("<text x=\"").Append(F(px)).Append("\" y=\"").Append(F(Top + ph + 16)).Append("\" text-anchor=\"middle\">").Append(Hz(x)).Append("</text>\n");
                }
            }
        }

        for (double y = y0; y <= y1 + (step / 1000); y += step)
        {
            double py = Py(y);
            s.Append("<line x1=\"").Append(Left).Append("\" y1=\"").Append(F(py)).Append("\" x2=\"").Append(F(Left + pw)).Append("\" y2=\"").Append(F(py)).Append("\"/>\n");
            labels.Append("<text x=\"").Append(Left - 6).Append("\" y=\"").Append(F(py + 4)).Append("\" text-anchor=\"end\">").Append(Num(y, step)).Append("</text>\n");
        }

        s.Append("</g>\n<g fill=\"#333\">\n").Append(labels).Append("</g>\n");
        s.Append("<rect x=\"").Append(Left).Append("\" y=\"").Append(Top).Append("\" width=\"").Append(F(pw)).Append("\" height=\"").Append(F(ph)).Append("\" fill=\"none\" stroke=\"#333\"/>\n");
        s.Append("<text x=\"").Append(F(Left + (pw / 2))).Append("\" y=\"").Append(Height - 12).Append("\" text-anchor=\"middle\">").Append(Esc(XLabel)).Append("</text>\n");
        s.Append("<text transform=\"translate(18 ").Append(F(Top + (ph / 2))).Append(") rotate(-90)\" text-anchor=\"middle\">").Append(Esc(YLabel)).Append("</text>\n");

        // Data, clipped to the plot area.
        s.Append("<defs><clipPath id=\"plot\"><rect x=\"").Append(Left).Append("\" y=\"").Append(Top).Append("\" width=\"").Append(F(pw)).Append("\" height=\"").Append(F(ph)).Append("\"/></clipPath></defs>\n");
        s.Append("<g clip-path=\"url(#plot)\">\n");
        foreach (ChartSeries series in Series)
        {
            var pts = series.Points.Where(p => p.X > 0 && double.IsFinite(p.Y)).OrderBy(p => p.X).ToList();
            if (series.Line && pts.Count > 1)
            {
                s.Append("<polyline fill=\"none\" stroke=\"").Append(series.Color).Append("\" stroke-width=\"2\"").Append(series.Dashed ? " stroke-dasharray=\"6 4\"" : string.Empty).Append(" points=\"");
                s.Append(string.Join(" ", pts.Select(p => F(Px(p.X)) + "," + F(Py(p.Y))))).Append("\"/>\n");
            }

            if (series.Markers)
            {
                foreach (var p in pts)
                {
                    s.Append("<circle cx=\"").Append(F(Px(p.X))).Append("\" cy=\"").Append(F(Py(p.Y))).Append("\" r=\"3\" fill=\"").Append(series.Color).Append("\"/>\n");
                }
            }
        }

        s.Append("</g>\n");

        // Legend.
        double ly = Top + 8;
        foreach (ChartSeries series in Series)
        {
            double lx = Left + pw + 12;
            s.Append("<line x1=\"").Append(F(lx)).Append("\" y1=\"").Append(F(ly)).Append("\" x2=\"").Append(F(lx + 22)).Append("\" y2=\"").Append(F(ly))
                .Append("\" stroke=\"").Append(series.Color).Append("\" stroke-width=\"2\"").Append(series.Dashed ? " stroke-dasharray=\"6 4\"" : string.Empty).Append("/>\n");
            s.Append("<text x=\"").Append(F(lx + 28)).Append("\" y=\"").Append(F(ly + 4)).Append("\">").Append(Esc(series.Name)).Append("</text>\n");
            ly += 18;
        }

        s.Append("</svg>\n");
        return s.ToString();
    }

    /// <summary>Value axis bounds and a 1-2-5 tick step covering the data (and zero when near).</summary>
    private (double Min, double Max, double Step) YRange()
    {
        var ys = Series.SelectMany(se => se.Points).Where(p => p.X >= XMin && p.X <= XMax && double.IsFinite(p.Y)).Select(p => p.Y).ToList();
        double lo = YMin ?? (ys.Count > 0 ? ys.Min() : 0);
        double hi = YMax ?? (ys.Count > 0 ? ys.Max() : 1);
        if (hi - lo < 1e-9)
        {
            hi = lo + Math.Max(1e-3, Math.Abs(lo) * 0.1);
        }

        double raw = (hi - lo) / 6;
        double mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = new[] { 1.0, 2.0, 5.0, 10.0 }.Select(m => m * mag).First(c => c >= raw);
        double min = YMin ?? Math.Floor(lo / step) * step;
        double max = YMax ?? Math.Ceiling(hi / step) * step;
        return (min, max, step);
    }

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Hz(double x) => x >= 1000 ? (x / 1000).ToString("0.#", CultureInfo.InvariantCulture) + "k" : x.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Num(double y, double step)
    {
        int decimals = Math.Max(0, (int)Math.Ceiling(-Math.Log10(step) + 1e-9));
        double rounded = Math.Round(y, decimals);
        return (rounded == 0 ? 0 : rounded).ToString("F" + decimals, CultureInfo.InvariantCulture);
    }

    private static string Esc(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
