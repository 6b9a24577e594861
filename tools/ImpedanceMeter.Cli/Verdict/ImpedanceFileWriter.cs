using System.Globalization;
using System.Text;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Cli.Verdict;

/// <summary>
/// Writes an IEM profile's curve as .zma (Hz, Ω, degrees, space-separated, '*' comment header) or
/// CSV (header frequency_hz,impedance_ohm,phase_deg). Values are printed exactly (3, 3 and 2
/// decimals = the profile's mHz, mΩ and 0.01° integers), so importing the output gives the
/// same profile back.
/// </summary>
public static class ImpedanceFileWriter
{
    /// <summary>The .zma text.</summary>
    public static string ToZma(IemProfile p)
    {
        var sb = new StringBuilder();
        sb.Append("* ").Append(p.Name).Append('\n');
        sb.Append("* ").Append(VerdictNames.Of(p.Origin)).Append(": ").Append(p.Source).Append('\n');
        sb.Append("* nominal ").Append(Ohms(p.NominalMilliOhms)).Append(" ohm; exported by imeter; columns: Hz ohm degrees\n");
        for (int i = 0; i < p.CurveCount; i++)
        {
            sb.Append(Hertz(p.FrequencyMilliHertz[i])).Append(' ').Append(Ohms(p.MagnitudeMilliOhms[i])).Append(' ').Append(Degrees(p.PhaseCentiDegrees[i])).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The CSV text.</summary>
    public static string ToCsv(IemProfile p)
    {
        var sb = new StringBuilder("frequency_hz,impedance_ohm,phase_deg\n");
        for (int i = 0; i < p.CurveCount; i++)
        {
            sb.Append(Hertz(p.FrequencyMilliHertz[i])).Append(',').Append(Ohms(p.MagnitudeMilliOhms[i])).Append(',').Append(Degrees(p.PhaseCentiDegrees[i])).Append('\n');
        }

        return sb.ToString();
    }

    private static string Hertz(int milliHertz) => (milliHertz / 1000m).ToString("0.000", CultureInfo.InvariantCulture);

    private static string Ohms(int milliOhms) => (milliOhms / 1000m).ToString("0.000", CultureInfo.InvariantCulture);

    private static string Degrees(int centiDegrees) => (centiDegrees / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
