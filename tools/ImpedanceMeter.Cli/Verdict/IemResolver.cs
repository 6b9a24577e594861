using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Cli.Verdict;

/// <summary>
/// Turns the --iem argument into a profile: an existing file is parsed
/// (<see cref="ImpedanceFileParser"/>) and reduced like an import (<see cref="CurveReducer"/>),
/// so the prediction is the one the meter would make; otherwise the name is looked up in the
/// library (built-ins and user entries, case ignored).
/// </summary>
public static class IemResolver
{
    /// <summary>The profile, or throws ArgumentException / ImpedanceFileException with a one-line reason.</summary>
    public static IemProfile Resolve(string nameOrFile, string libraryPath)
    {
        if (File.Exists(nameOrFile))
        {
            ImpedanceCurve curve = ImpedanceFileParser.ParseFile(nameOrFile);
            return CurveReducer.ToProfile(curve, NameFromPath(nameOrFile), IemOrigin.UserMeasurement, "file " + Sanitize(Path.GetFileName(nameOrFile), IemProfile.MaxSourceLength - 5), null);
        }

        IemLibrary library = UserLibraryStore.Load(libraryPath);
        int index = library.Find(nameOrFile);
        if (index < 0)
        {
            throw new ArgumentException("unknown IEM '" + nameOrFile + "': not a file and not in the library (see imeter iem list)");
        }

        return library.Get(index);
    }

    /// <summary>A valid profile name from a file name (printable ASCII, no '|', ≤ 32 characters).</summary>
    public static string NameFromPath(string path)
    {
        string name = Sanitize(Path.GetFileNameWithoutExtension(path), IemProfile.MaxNameLength).Trim();
        return name.Length == 0 ? "imported" : name;
    }

    /// <summary>Replaces disallowed characters with '_' and truncates.</summary>
    public static string Sanitize(string text, int maxLength)
    {
        string clean = new(text.Select(c => IemProfile.IsAllowedChar(c) ? c : '_').ToArray());
        return clean.Length > maxLength ? clean[..maxLength] : clean;
    }
}
