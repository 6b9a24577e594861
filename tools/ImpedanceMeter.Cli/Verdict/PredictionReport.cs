using System.Globalization;
using System.Text;
using System.Text.Json;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Cli.Verdict;

/// <summary>
/// Renders a <see cref="VerdictResult"/> as the human table or the JSON of `imeter predict`.
/// JSON keys (stable, snake_case): iem, iem_origin, iem_source, zout_ohm, zout_c_farad,
/// zout_l_henry, zout_origin, ratio_min, ratio_min_hz, ratio_nominal, rule_1_8,
/// deviation_pp_db, deviation_max_db, deviation_min_db, worst_hz, worst_db, verdict,
/// curve_covers_20_20k, curve [{hz, db}]. Ratios are null when Zout is 0; deviation fields are
/// null and curve empty for a ratio-only verdict.
/// </summary>
public static class PredictionReport
{
    /// <summary>The source as given on the command line.</summary>
    public sealed record SourceDescription(double Ohms, double? Farads, double? Henries);

    /// <summary>The JSON document (indented, LF).</summary>
    public static string ToJson(IemProfile iem, SourceDescription zout, VerdictResult r)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("iem", iem.Name);
            w.WriteString("iem_origin", VerdictNames.Of(iem.Origin));
            w.WriteString("iem_source", iem.Source);
            w.WriteNumber("zout_ohm", zout.Ohms);
            WriteNullable(w, "zout_c_farad", zout.Farads);
            WriteNullable(w, "zout_l_henry", zout.Henries);
            w.WriteString("zout_origin", "model");
            WriteNullable(w, "ratio_min", Ratio(r.RatioMinMilli));
            w.WriteNumber("ratio_min_hz", r.RatioMinFrequencyMilliHertz / 1000.0);
            WriteNullable(w, "ratio_nominal", Ratio(r.RatioNominalMilli));
            w.WriteBoolean("rule_1_8", r.PassesRatioRule);
            WriteNullable(w, "deviation_pp_db", r.HasCurve ? r.PeakToPeakMilliDb / 1000.0 : null);
            WriteNullable(w, "deviation_max_db", r.HasCurve ? r.MaxMilliDb / 1000.0 : null);
            WriteNullable(w, "deviation_min_db", r.HasCurve ? r.MinMilliDb / 1000.0 : null);
            WriteNullable(w, "worst_hz", r.HasCurve ? r.WorstFrequencyMilliHertz / 1000.0 : null);
            WriteNullable(w, "worst_db", r.HasCurve ? r.WorstMilliDb / 1000.0 : null);
            w.WriteString("verdict", VerdictNames.Of(r.Kind));
            w.WriteBoolean("curve_covers_20_20k", r.HasCurve && r.CurveCoversGrid);
            w.WriteStartArray("curve");
            for (int i = 0; i < r.DeviationMilliDb.Length; i++)
            {
                w.WriteStartObject();
                w.WriteNumber("hz", r.FrequencyMilliHertz[i] / 1000.0);
                w.WriteNumber("db", r.DeviationMilliDb[i] / 1000.0);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    /// <summary>The human-readable report: summary lines and a 1/3-octave table.</summary>
    public static string ToText(IemProfile iem, SourceDescription zout, VerdictResult r)
    {
        var sb = new StringBuilder();
        sb.Append("IEM        ").Append(iem.Name).Append(" (").Append(VerdictNames.Of(iem.Origin)).Append(")\n");
        if (iem.Source.Length > 0)
        {
            sb.Append("           ").Append(iem.Source).Append('\n');
        }

        sb.Append("           nominal ").Append(F(iem.NominalMilliOhms / 1000.0, 2)).Append(" ohm");
        sb.Append(iem.HasCurve ? ", curve of " + iem.CurveCount + " points" : ", no impedance curve").Append('\n');
        sb.Append("Source     Zout model: R ").Append(F(zout.Ohms, 3)).Append(" ohm");
        if (zout.Farads is double c)
        {
            sb.Append(" + series C ").Append(F(c * 1e6, 1)).Append(" uF");
        }

        if (zout.Henries is double l)
        {
            sb.Append(" + L ").Append(F(l * 1e6, 1)).Append(" uH");
        }

        sb.Append(" (|Zout| at 1 kHz ").Append(F(r.ZoutAtReferenceMicroOhms / 1e6, 3)).Append(" ohm)\n");
        sb.Append("Ratio      min |Z|/|Zout| ").Append(RatioText(r.RatioMinMilli)).Append(" at ").Append(Hz(r.RatioMinFrequencyMilliHertz));
        sb.Append(", nominal/|Zout| ").Append(RatioText(r.RatioNominalMilli));
        sb.Append(", 1:8 rule ").Append(r.PassesRatioRule ? "met" : "NOT met").Append('\n');
        if (r.HasCurve)
        {
            sb.Append("Deviation  ").Append(F(r.PeakToPeakMilliDb / 1000.0, 3)).Append(" dB peak-to-peak over 20 Hz-20 kHz (re 1 kHz: max ")
                .Append(Signed(r.MaxMilliDb)).Append(" dB, min ").Append(Signed(r.MinMilliDb)).Append(" dB), worst ")
                .Append(Signed(r.WorstMilliDb)).Append(" dB at ").Append(Hz(r.WorstFrequencyMilliHertz)).Append('\n');
            if (!r.CurveCoversGrid)
            {
                sb.Append("           note: the IEM curve does not span 20 Hz-20 kHz; its end values were held flat\n");
            }
        }

        sb.Append("Verdict    ").Append(VerdictNames.Of(r.Kind).ToUpperInvariant());
        sb.Append(r.Kind == VerdictKind.RatioOnly ? " (no impedance curve for this IEM: only the ratio is known)\n" : "\n");
        if (r.HasCurve)
        {
            sb.Append("\n  frequency   deviation (1/3-octave rows; --json has all ").Append(r.DeviationMilliDb.Length).Append(" points)\n");
            for (int i = 0; i < r.DeviationMilliDb.Length; i += 4)
            {
                sb.Append("  ").Append(Hz(r.FrequencyMilliHertz[i]).PadLeft(9)).Append("  ").Append((Signed(r.DeviationMilliDb[i]) + " dB").PadLeft(10)).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static double? Ratio(int milli) => milli == VerdictResult.RatioUnbounded ? null : milli / 1000.0;

    private static string RatioText(int milli) => milli == VerdictResult.RatioUnbounded ? "unbounded (Zout = 0)" : F(milli / 1000.0, 2);

    private static string Signed(int milliDb) => (milliDb >= 0 ? "+" : "-") + F(Math.Abs(milliDb) / 1000.0, 3);

    private static string Hz(int milliHertz) => milliHertz >= 1_000_000 ? F(milliHertz / 1e6, 2) + " kHz" : F(milliHertz / 1000.0, 1) + " Hz";

    private static string F(double v, int decimals) => v.ToString("F" + decimals, CultureInfo.InvariantCulture);

    private static void WriteNullable(Utf8JsonWriter w, string key, double? value)
    {
        if (value is double v)
        {
            w.WriteNumber(key, v);
        }
        else
        {
            w.WriteNull(key);
        }
    }
}
