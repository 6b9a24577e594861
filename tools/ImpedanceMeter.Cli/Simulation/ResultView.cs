using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Cli.Simulation;

/// <summary>
/// A <see cref="MeasurementResult"/> (µΩ, mHz integers from the core) converted to SI units for
/// the CLI's human table and its <c>--json</c> output (stable snake_case keys).
/// </summary>
public sealed record ResultView
{
    /// <summary>One measured point.</summary>
    public sealed record Point(
        string Leg,
        double FreqHz,
        double ZoutOhms,
        double ZoutRe,
        double ZoutIm,
        double PhaseDeg,
        string Status,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? ExpectedOhms);

    /// <summary>The fitted R + C + L model of one leg (values are "model", not measurements).</summary>
    public sealed record Model(string Leg, bool Valid, double ROhms, double? CFarads, double? LHenries, double Residual);

    /// <summary>Points of every leg, ascending frequency per leg.</summary>
    public required IReadOnlyList<Point> Legs { get; init; }

    /// <summary>Models per leg.</summary>
    public required IReadOnlyList<Model> ModelFits { get; init; }

    /// <summary>Device time of the measurement, s.</summary>
    public required double DeviceSeconds { get; init; }

    /// <summary>Overall status.</summary>
    public required string Status { get; init; }

    /// <summary>Converts a core result; <paramref name="expected"/> (leg index, Hz → |Z| Ω) adds the simulated truth.</summary>
    public static ResultView From(MeasurementResult r, Func<int, double, double>? expected = null)
    {
        var points = new List<Point>();
        var models = new List<Model>();
        foreach (var leg in r.Legs ?? [])
        {
            string name = LegNames.Short(leg.Leg);
            foreach (var p in leg.Points ?? [])
            {
                double re = p.ReMicroOhms * 1e-6, im = p.ImMicroOhms * 1e-6;
                double hz = p.FrequencyMilliHertz * 1e-3;
                bool ok = p.Status == MeasurementStatus.Ok;
                points.Add(new Point(
                    name,
                    Math.Round(hz, 3),
                    ok ? Math.Sqrt(re * re + im * im) : double.NaN,
                    ok ? re : double.NaN,
                    ok ? im : double.NaN,
                    ok ? Math.Atan2(im, re) * 180 / Math.PI : double.NaN,
                    p.Status.ToString(),
                    expected != null && (int)leg.Leg < 6 && hz > 0 ? expected((int)leg.Leg, hz) : null));
            }

            var m = leg.Model;
            if (m != null)
            {
                models.Add(new Model(
                    name,
                    m.IsValid,
                    m.RMicroOhms * 1e-6,
                    m.CNanoFarads > 0 ? m.CNanoFarads * 1e-9 : null,
                    m.LNanoHenries > 0 ? m.LNanoHenries * 1e-9 : null,
                    m.ResidualMicroOhms * 1e-6));
            }
        }

        return new ResultView
        {
            Legs = points,
            ModelFits = models,
            DeviceSeconds = r.DeviceMicroseconds * 1e-6,
            Status = r.Status.ToString(),
        };
    }

    /// <summary>JSON options shared by the CLI: snake_case keys, NaN written as null.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new NaNAsNullConverter() },
    };

    /// <summary>The JSON object: legs, model, device_seconds, status (plus <paramref name="extra"/> keys first).</summary>
    public Dictionary<string, object?> ToJsonObject(Dictionary<string, object?>? extra = null)
    {
        var o = extra ?? new Dictionary<string, object?>();
        o["legs"] = Legs;
        o["model"] = ModelFits;
        o["device_seconds"] = Math.Round(DeviceSeconds, 6);
        o["status"] = Status;
        return o;
    }

    /// <summary>Human table: per leg, Zout at each frequency with units, then the model (labelled), status and device time.</summary>
    public string ToTable()
    {
        var sb = new StringBuilder();
        bool hasExpected = Legs.Any(p => p.ExpectedOhms.HasValue);
        sb.AppendLine(hasExpected
            ? "leg    freq        |Zout|        Re            Im            phase     status          simulated |Z|"
            : "leg    freq        |Zout|        Re            Im            phase     status");
        foreach (var p in Legs)
        {
            string line = p.Status == nameof(MeasurementStatus.Ok)
                ? $"{p.Leg,-6} {Hz(p.FreqHz),-11} {Ohms(p.ZoutOhms),-13} {Ohms(p.ZoutRe),-13} {Ohms(p.ZoutIm),-13} {p.PhaseDeg,7:F2} °  {p.Status,-15}"
                : $"{p.Leg,-6} {Hz(p.FreqHz),-11} {"—",-13} {"—",-13} {"—",-13} {"—",7}    {p.Status,-15}";
            if (p.ExpectedOhms.HasValue)
            {
                line += " " + Ohms(p.ExpectedOhms.Value);
            }

            sb.AppendLine(line.TrimEnd());
        }

        foreach (var m in ModelFits)
        {
            sb.AppendLine(m.Valid
                ? $"model  {m.Leg,-6} R = {Ohms(m.ROhms)}, C = {(m.CFarads.HasValue ? (m.CFarads.Value * 1e6).ToString("F1") + " µF" : "none (DC-coupled)")}, L = {(m.LHenries.HasValue ? (m.LHenries.Value * 1e6).ToString("F2") + " µH" : "none")}, residual {Ohms(m.Residual)}  (model, not measured)"
                : $"model  {m.Leg,-6} not fitted (too few valid points)");
        }

        sb.AppendLine($"status {Status}; estimated device time {DeviceSeconds:F2} s");
        return sb.ToString();
    }

    /// <summary>Formats ohms with a unit: mΩ below 1 Ω.</summary>
    public static string Ohms(double ohms) =>
        double.IsNaN(ohms) ? "—" : Math.Abs(ohms) < 1 ? (ohms * 1000).ToString("F2") + " mΩ" : ohms.ToString("F4") + " Ω";

    private static string Hz(double hz) => hz.ToString("F1") + " Hz";

    private sealed class NaNAsNullConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteNumberValue(value);
            }
        }
    }
}
