using System.CommandLine;
using ImpedanceMeter.Cli.Verdict;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Cli.Commands;

/// <summary>
/// <c>imeter predict</c>: the frequency-response deviation a source's Zout causes on an IEM,
/// computed by the core's fixed-point <see cref="DeviationEngine"/> (the device's code).
/// </summary>
public static class PredictCommand
{
    /// <summary>Largest accepted source resistance, Ω (the ZoutModel holds µΩ in an int).</summary>
    public const double MaxOhms = 2000;

    public static Command Create()
    {
        // Numbers are read as text and checked in the action, so bad input gets one stderr line.
        var zout = new Option<string?>("--zout") { Description = "Required. Source output resistance R, ohms (0-2000)" };
        var zoutC = new Option<string?>("--zout-c") { Description = "Series output (coupling) capacitance, farads, e.g. 220e-6; omit for DC-coupled" };
        var zoutL = new Option<string?>("--zout-l") { Description = "Series output inductance, henries, e.g. 10e-6" };
        var iem = new Option<string?>("--iem") { Description = "Required. IEM: a library name (imeter iem list) or an impedance file (.zma, REW text, CSV)" };
        var json = new Option<bool>("--json") { Description = "Print JSON (keys: ratio_min, rule_1_8, deviation_pp_db, worst_hz, verdict, curve …)" };
        var library = new Option<string?>("--library") { Description = "User IEM library file (default $" + UserLibraryStore.EnvironmentVariable + " or ~/.local/share/imeter/iem-library.txt)" };
        var command = new Command("predict", "Predicts the frequency-response deviation a source's Zout causes on an IEM, and the verdict.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Options.Add(zout);
        command.Options.Add(zoutC);
        command.Options.Add(zoutL);
        command.Options.Add(iem);
        command.Options.Add(json);
        command.Options.Add(library);
        command.SetAction(parseResult =>
        {
            TextWriter output = parseResult.InvocationConfiguration.Output;
            TextWriter error = parseResult.InvocationConfiguration.Error;
            try
            {
                CliInput.RejectUnmatched(parseResult);
                double r = CliInput.Number(parseResult.GetValue(zout), "--zout") ?? throw new ArgumentException("--zout is required (ohms)");
                double? c = CliInput.Number(parseResult.GetValue(zoutC), "--zout-c");
                double? l = CliInput.Number(parseResult.GetValue(zoutL), "--zout-l");
                string iemName = CliInput.Required(parseResult.GetValue(iem), "--iem");
                ZoutModel model = ToModel(r, c, l);
                IemProfile profile = IemResolver.Resolve(iemName, UserLibraryStore.ResolvePath(parseResult.GetValue(library)));
                VerdictResult result = DeviationEngine.Compute(profile, model, new VerdictSettings());
                var source = new PredictionReport.SourceDescription(r, c, l);
                output.Write(parseResult.GetValue(json) ? PredictionReport.ToJson(profile, source, result) : PredictionReport.ToText(profile, source, result));
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or ImpedanceFileException or InvalidDataException or IOException)
            {
                error.WriteLine("imeter predict: " + e.Message);
                return 1;
            }
        });
        return command;
    }

    /// <summary>The core's model from SI values; ArgumentException with a reason when out of range.</summary>
    public static ZoutModel ToModel(double ohms, double? farads, double? henries)
    {
        if (!double.IsFinite(ohms) || ohms < 0 || ohms > MaxOhms)
        {
            throw new ArgumentException("--zout must be a number of ohms in 0.." + MaxOhms);
        }

        int nanoFarads = 0;
        if (farads is double c)
        {
            if (!double.IsFinite(c) || c < 1e-9 || c > 2)
            {
                throw new ArgumentException("--zout-c must be in farads, 1e-9..2 (e.g. 220e-6 for 220 uF)");
            }

            nanoFarads = (int)Math.Round(c * 1e9);
        }

        int nanoHenries = 0;
        if (henries is double l)
        {
            if (!double.IsFinite(l) || l < 0 || l > 1)
            {
                throw new ArgumentException("--zout-l must be in henries, 0..1 (e.g. 10e-6 for 10 uH)");
            }

            nanoHenries = (int)Math.Round(l * 1e9);
        }

        return new ZoutModel
        {
            RMicroOhms = (int)Math.Round(ohms * 1e6),
            CNanoFarads = nanoFarads,
            LNanoHenries = nanoHenries,
            IsValid = true,
        };
    }
}
