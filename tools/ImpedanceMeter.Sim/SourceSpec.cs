using System.Globalization;

namespace ImpedanceMeter.Sim;

/// <summary>
/// A simulated headphone source as seen on each leg: Zout = R + jωL + 1/(jωC) plus its own output
/// (idle noise, mains hum, DC offset, or programme material). Muted means the output relay is
/// open (only a pull-down remains).
/// </summary>
public sealed record SourceSpec
{
    /// <summary>Short name (preset name or "custom").</summary>
    public string Name { get; init; } = "custom";

    /// <summary>Series resistance, Ω.</summary>
    public double ROhms { get; init; }

    /// <summary>Series (output coupling) capacitance, F; 0 = DC-coupled.</summary>
    public double CFarads { get; init; }

    /// <summary>Series inductance, H.</summary>
    public double LHenries { get; init; }

    /// <summary>Idle white noise at the jack, V rms over 20 kHz (null = <see cref="SimParameters.SourceIdleNoiseVrms"/>).</summary>
    public double? NoiseVrms { get; init; }

    /// <summary>Mains hum at the jack, V peak at the mains frequency (null = <see cref="SimParameters.SourceHumV"/>).</summary>
    public double? HumV { get; init; }

    /// <summary>DC offset at the jack, V (blocked by an output capacitor when <see cref="CFarads"/> &gt; 0).</summary>
    public double DcOffsetV { get; init; }

    /// <summary>Output relay open: only a pull-down to ground.</summary>
    public bool Muted { get; init; }

    /// <summary>The source is playing programme material.</summary>
    public bool Music { get; init; }

    /// <summary>Right/minus legs differ from left/plus by this fraction of R (channel mismatch).</summary>
    public double LegMismatch { get; init; }

    /// <summary>Complex Zout at a frequency, Ω (the truth the meter should read).</summary>
    public System.Numerics.Complex Zout(double hz, int legIndex = 0)
    {
        double w = 2 * Math.PI * hz;
        double r = ROhms * (1 + (legIndex % 2 == 1 ? LegMismatch : 0));
        double im = w * LHenries - (CFarads > 0 ? 1 / (w * CFarads) : 0);
        return new System.Numerics.Complex(r, im);
    }

    /// <summary>The presets named by <c>imeter simulate --source</c>.</summary>
    public static IReadOnlyDictionary<string, SourceSpec> Presets { get; } = new Dictionary<string, SourceSpec>
    {
        ["dap"] = new() { Name = "dap", ROhms = 0.2, LHenries = 1e-6 },
        ["dongle"] = new() { Name = "dongle", ROhms = 0.9, LegMismatch = 0.01 },
        ["phone"] = new() { Name = "phone", ROhms = 10 },
        ["cap-coupled"] = new() { Name = "cap-coupled", ROhms = 2, CFarads = 100e-6 },
        ["tube"] = new() { Name = "tube", ROhms = 120 },
        ["muted"] = new() { Name = "muted", ROhms = 0.5, Muted = true },
        ["music"] = new() { Name = "music", ROhms = 0.9, Music = true },
        ["dc-offset"] = new() { Name = "dc-offset", ROhms = 0.9, DcOffsetV = 0.3 },
        ["hum"] = new() { Name = "hum", ROhms = 0.9, HumV = 0.02 },
    };

    /// <summary>
    /// Parses a preset name or "R[,C[,L]]" with optional SI suffixes (m, u, µ, n, p, k):
    /// "2,100u" = 2 Ω with 100 µF. Returns null and a reason when invalid.
    /// </summary>
    public static SourceSpec? Parse(string text, out string reason)
    {
        reason = "";
        if (Presets.TryGetValue(text.Trim().ToLowerInvariant(), out var preset))
        {
            return preset;
        }

        var parts = text.Split(',');
        if (parts.Length > 3)
        {
            reason = "expected a preset (" + string.Join(", ", Presets.Keys) + ") or R[,C[,L]], got '" + text + "'";
            return null;
        }

        var values = new double[3];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!TryParseSi(parts[i], out values[i]) || values[i] < 0 || double.IsInfinity(values[i]))
            {
                reason = "cannot read '" + parts[i] + "' in '" + text + "' (use e.g. 0.9 or 2,100u or one of " + string.Join(", ", Presets.Keys) + ")";
                return null;
            }
        }

        if (values[0] > 10000)
        {
            reason = "R = " + values[0] + " Ω is outside 0–10 kΩ";
            return null;
        }

        return new SourceSpec { Name = "custom", ROhms = values[0], CFarads = values[1], LHenries = values[2] };
    }

    private static bool TryParseSi(string s, out double value)
    {
        s = s.Trim();
        double mult = 1;
        if (s.Length > 1)
        {
            char c = s[^1];
            double m = c switch { 'k' => 1e3, 'm' => 1e-3, 'u' or 'µ' => 1e-6, 'n' => 1e-9, 'p' => 1e-12, _ => 0 };
            if (m != 0)
            {
                mult = m;
                s = s[..^1];
            }
        }

        bool ok = double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        value *= mult;
        return ok;
    }
}
