using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ImpedanceMeter.Cli.Verdict;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Cli.Commands;

/// <summary>
/// <c>imeter iem list|show|import|export|delete|generate</c>: the built-in IEM library and the
/// user's library file (<see cref="UserLibraryStore"/>). Failures print one line
/// "imeter iem &lt;sub&gt;: reason" and exit 1 without touching the library file.
/// </summary>
public static class IemCommand
{
    public static Command Create()
    {
        var command = new Command("iem", "Lists, shows, imports and exports IEM impedance curves (built-in library and user library).");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Export());
        command.Subcommands.Add(Delete());
        command.Subcommands.Add(Generate());
        return command;
    }

    private static Option<string?> LibraryOption() => new("--library") { Description = "User IEM library file (default $" + UserLibraryStore.EnvironmentVariable + " or ~/.local/share/imeter/iem-library.txt)" };

    private static Option<bool> JsonOption() => new("--json") { Description = "Print JSON" };

    private static Command List()
    {
        var library = LibraryOption();
        var json = JsonOption();
        var c = new Command("list", "Lists built-in and user IEMs.") { library, json };
        c.TreatUnmatchedTokensAsErrors = false; // unknown tokens become one-line errors in Run
        c.SetAction(p => Run(p, "list", (o) =>
        {
            IemLibrary lib = UserLibraryStore.Load(UserLibraryStore.ResolvePath(p.GetValue(library)));
            if (p.GetValue(json))
            {
                o.Write(Json(w =>
                {
                    w.WriteStartArray();
                    for (int i = 0; i < lib.Count; i++)
                    {
                        IemProfile e = lib.Get(i);
                        w.WriteStartObject();
                        w.WriteString("name", e.Name);
                        w.WriteBoolean("built_in", lib.IsBuiltIn(i));
                        w.WriteString("origin", VerdictNames.Of(e.Origin));
                        w.WriteNumber("nominal_ohm", e.NominalMilliOhms / 1000.0);
                        w.WriteNumber("curve_points", e.CurveCount);
                        w.WriteString("source", e.Source);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                }));
                return;
            }

            o.Write("name                              nominal  curve  origin             \n");
            for (int i = 0; i < lib.Count; i++)
            {
                IemProfile e = lib.Get(i);
                o.Write(e.Name.PadRight(32) + "  " + ((e.NominalMilliOhms / 1000.0).ToString("F2", CultureInfo.InvariantCulture) + " ohm").PadLeft(10) + "  " + (e.HasCurve ? e.CurveCount + " pts" : "none").PadRight(6) + " " + VerdictNames.Of(e.Origin) + (lib.IsBuiltIn(i) ? " (built-in)" : " (user)") + "\n");
            }
        }));
        return c;
    }

    private static Command Show()
    {
        var name = new Argument<string?>("name") { Description = "IEM name (see imeter iem list)", Arity = ArgumentArity.ZeroOrOne };
        var library = LibraryOption();
        var json = JsonOption();
        var c = new Command("show", "Shows one IEM: nominal, sensitivity, source and curve.") { name, library, json };
        c.TreatUnmatchedTokensAsErrors = false; // unknown tokens become one-line errors in Run
        c.SetAction(p => Run(p, "show", o =>
        {
            IemProfile e = Find(CliInput.Required(p.GetValue(name), "the IEM name"), p.GetValue(library));
            if (p.GetValue(json))
            {
                o.Write(Json(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("name", e.Name);
                    w.WriteString("origin", VerdictNames.Of(e.Origin));
                    w.WriteString("source", e.Source);
                    w.WriteNumber("nominal_ohm", e.NominalMilliOhms / 1000.0);
                    if (e.SensitivityUnit == SensitivityUnit.None)
                    {
                        w.WriteNull("sensitivity_db");
                    }
                    else
                    {
                        w.WriteNumber("sensitivity_db", e.SensitivityCentiDb / 100.0);
                    }

                    w.WriteString("sensitivity_unit", e.SensitivityUnit == SensitivityUnit.DbSplPerMilliwatt ? "dB SPL/mW" : e.SensitivityUnit == SensitivityUnit.DbSplPerVolt ? "dB SPL/V" : "none");
                    w.WriteStartArray("curve");
                    for (int i = 0; i < e.CurveCount; i++)
                    {
                        w.WriteStartObject();
                        w.WriteNumber("hz", e.FrequencyMilliHertz[i] / 1000.0);
                        w.WriteNumber("ohm", e.MagnitudeMilliOhms[i] / 1000.0);
                        w.WriteNumber("deg", e.PhaseCentiDegrees[i] / 100.0);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }));
                return;
            }

            var sb = new StringBuilder();
            sb.Append("name         ").Append(e.Name).Append('\n');
            sb.Append("origin       ").Append(VerdictNames.Of(e.Origin)).Append('\n');
            sb.Append("source       ").Append(e.Source).Append('\n');
            sb.Append("nominal      ").Append((e.NominalMilliOhms / 1000.0).ToString("F3", CultureInfo.InvariantCulture)).Append(" ohm at 1 kHz\n");
            sb.Append("sensitivity  ").Append(e.SensitivityUnit == SensitivityUnit.None ? "unknown" : (e.SensitivityCentiDb / 100.0).ToString("F1", CultureInfo.InvariantCulture) + (e.SensitivityUnit == SensitivityUnit.DbSplPerMilliwatt ? " dB SPL/mW" : " dB SPL/V")).Append('\n');
            sb.Append("curve        ").Append(e.HasCurve ? e.CurveCount + " points" : "none (nominal only)").Append('\n');
            if (e.HasCurve)
            {
                sb.Append("\n  frequency (Hz)    |Z| (ohm)   phase (deg)\n");
                for (int i = 0; i < e.CurveCount; i++)
                {
                    sb.Append((e.FrequencyMilliHertz[i] / 1000.0).ToString("F3", CultureInfo.InvariantCulture).PadLeft(16))
                        .Append((e.MagnitudeMilliOhms[i] / 1000.0).ToString("F3", CultureInfo.InvariantCulture).PadLeft(13))
                        .Append((e.PhaseCentiDegrees[i] / 100.0).ToString("F2", CultureInfo.InvariantCulture).PadLeft(14)).Append('\n');
                }
            }

            o.Write(sb.ToString());
        }));
        return c;
    }

    private static Command Import()
    {
        var file = new Argument<string?>("file") { Description = "Impedance file: .zma, REW text export or CSV (Hz, ohm[, degrees])", Arity = ArgumentArity.ZeroOrOne };
        var name = new Option<string?>("--name") { Description = "Name in the library (default: the file name); printable ASCII, no '|', up to 32 characters" };
        var nominal = new Option<string?>("--nominal") { Description = "Nominal impedance, ohms (default: |Z| at 1 kHz from the curve)" };
        var sensitivity = new Option<string?>("--sensitivity") { Description = "Sensitivity, dB SPL (with --sensitivity-unit)" };
        var unit = new Option<string?>("--sensitivity-unit") { Description = "mw (dB SPL/mW) or v (dB SPL/V)" };
        var replace = new Option<bool>("--replace") { Description = "Replace a user entry of the same name" };
        var library = LibraryOption();
        var json = JsonOption();
        var c = new Command("import", "Imports an impedance curve into the user library (reduced to at most 64 points, as stored on the meter).") { file, name, nominal, sensitivity, unit, replace, library, json };
        c.TreatUnmatchedTokensAsErrors = false; // unknown tokens become one-line errors in Run
        c.SetAction(p => Run(p, "import", o =>
        {
            string path = CliInput.Required(p.GetValue(file), "the file to import");
            string libraryPath = UserLibraryStore.ResolvePath(p.GetValue(library));
            IemLibrary lib = UserLibraryStore.Load(libraryPath);
            ImpedanceCurve curve = ImpedanceFileParser.ParseFile(path);
            string entryName = p.GetValue(name) ?? IemResolver.NameFromPath(path);
            double? nominalOhms = CliInput.Number(p.GetValue(nominal), "--nominal");
            if (nominalOhms is double n && (!double.IsFinite(n) || n <= 0 || n > 1e6))
            {
                throw new ArgumentException("--nominal must be > 0 ohms");
            }

            IemProfile profile = CurveReducer.ToProfile(curve, entryName, IemOrigin.UserMeasurement, "imported from " + IemResolver.Sanitize(Path.GetFileName(path), 80), nominalOhms);
            ApplySensitivity(profile, CliInput.Number(p.GetValue(sensitivity), "--sensitivity"), p.GetValue(unit));
            string? error = lib.Add(profile, p.GetValue(replace));
            if (error != null)
            {
                throw new ArgumentException(error + " ('" + entryName + "')");
            }

            UserLibraryStore.Save(lib, libraryPath);
            string phaseNote = curve.PhaseMissing ? " (no phase column: phase taken as 0 deg)" : string.Empty;
            if (p.GetValue(json))
            {
                o.Write(Json(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("name", profile.Name);
                    w.WriteNumber("file_points", curve.Count);
                    w.WriteNumber("stored_points", profile.CurveCount);
                    w.WriteNumber("nominal_ohm", profile.NominalMilliOhms / 1000.0);
                    w.WriteBoolean("phase_missing", curve.PhaseMissing);
                    w.WriteString("library", libraryPath);
                    w.WriteEndObject();
                }));
            }
            else
            {
                o.Write("imported '" + profile.Name + "': " + curve.Count + " points read, " + profile.CurveCount + " stored, nominal " + (profile.NominalMilliOhms / 1000.0).ToString("F3", CultureInfo.InvariantCulture) + " ohm" + phaseNote + " -> " + libraryPath + "\n");
            }
        }));
        return c;
    }

    private static Command Export()
    {
        var name = new Argument<string?>("name") { Description = "IEM name (see imeter iem list)", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "zma or csv", DefaultValueFactory = _ => "zma" };
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output); an existing file is replaced" };
        var library = LibraryOption();
        var c = new Command("export", "Exports an IEM's curve as .zma or CSV.") { name, format, output, library };
        c.TreatUnmatchedTokensAsErrors = false; // unknown tokens become one-line errors in Run
        c.SetAction(p => Run(p, "export", o =>
        {
            IemProfile e = Find(CliInput.Required(p.GetValue(name), "the IEM name"), p.GetValue(library));
            if (!e.HasCurve)
            {
                throw new ArgumentException("'" + e.Name + "' has no impedance curve to export (nominal only)");
            }

            string text = p.GetValue(format) switch
            {
                "zma" => ImpedanceFileWriter.ToZma(e),
                "csv" => ImpedanceFileWriter.ToCsv(e),
                _ => throw new ArgumentException("--format must be zma or csv"),
            };
            string? path = p.GetValue(output);
            if (path == null)
            {
                o.Write(text);
            }
            else
            {
                File.WriteAllText(path, text);
            }
        }));
        return c;
    }

    private static Command Delete()
    {
        var name = new Argument<string?>("name") { Description = "User IEM name", Arity = ArgumentArity.ZeroOrOne };
        var library = LibraryOption();
        var c = new Command("delete", "Deletes a user IEM (built-ins cannot be deleted).") { name, library };
        c.TreatUnmatchedTokensAsErrors = false; // unknown tokens become one-line errors in Run
        c.SetAction(p => Run(p, "delete", o =>
        {
            string libraryPath = UserLibraryStore.ResolvePath(p.GetValue(library));
            IemLibrary lib = UserLibraryStore.Load(libraryPath);
            string n = CliInput.Required(p.GetValue(name), "the IEM name");
            if (!lib.Delete(n))
            {
                throw new ArgumentException(lib.Find(n) >= 0 ? "'" + n + "' is built in and cannot be deleted" : "no user IEM named '" + n + "'");
            }

            UserLibraryStore.Save(lib, libraryPath);
            o.Write("deleted '" + n + "'\n");
        }));
        return c;
    }

    private static Command Generate()
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var c = new Command("generate", "Prints the core's archetype-curve source (" + ArchetypeSourceWriter.RelativePath + ") from the documented electrical models.") { output };
        c.TreatUnmatchedTokensAsErrors = false; // unknown tokens become one-line errors in Run
        c.SetAction(p => Run(p, "generate", o =>
        {
            string text = ArchetypeSourceWriter.Generate();
            string? path = p.GetValue(output);
            if (path == null)
            {
                o.Write(text);
            }
            else
            {
                File.WriteAllText(path, text);
            }
        }));
        return c;
    }

    private static void ApplySensitivity(IemProfile profile, double? db, string? unit)
    {
        if (db == null && unit == null)
        {
            return;
        }

        if (db is not double value || !double.IsFinite(value) || value < 0 || value > 200 || (unit != "mw" && unit != "v"))
        {
            throw new ArgumentException("--sensitivity needs a dB value in 0..200 and --sensitivity-unit mw or v");
        }

        profile.SensitivityCentiDb = (int)Math.Round(value * 100);
        profile.SensitivityUnit = unit == "mw" ? SensitivityUnit.DbSplPerMilliwatt : SensitivityUnit.DbSplPerVolt;
    }

    private static IemProfile Find(string name, string? libraryOption)
    {
        IemLibrary lib = UserLibraryStore.Load(UserLibraryStore.ResolvePath(libraryOption));
        int i = lib.Find(name);
        if (i < 0)
        {
            throw new ArgumentException("no IEM named '" + name + "' (see imeter iem list)");
        }

        return lib.Get(i);
    }

    private static int Run(ParseResult p, string sub, Action<TextWriter> body)
    {
        try
        {
            CliInput.RejectUnmatched(p);
            body(p.InvocationConfiguration.Output);
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or ImpedanceFileException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            p.InvocationConfiguration.Error.WriteLine("imeter iem " + sub + ": " + e.Message);
            return 1;
        }
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(w);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
