using System.Text;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Cli.Verdict;

/// <summary>
/// The PC's IEM library: the core's built-ins plus user entries kept in a text file, one
/// <see cref="IemTextCodec"/> record per line ('#' comments allowed), the same records the
/// meter exchanges over serial. Location: the --library option, else $IMETER_IEM_LIBRARY, else
/// $XDG_DATA_HOME/imeter/iem-library.txt (~/.local/share/imeter/iem-library.txt on Linux).
/// Saving writes a temporary file and renames it, so a failure never leaves half a library.
/// </summary>
public static class UserLibraryStore
{
    /// <summary>Environment variable overriding the library file.</summary>
    public const string EnvironmentVariable = "IMETER_IEM_LIBRARY";

    /// <summary>Most user entries the PC library holds.</summary>
    public const int MaxEntries = 1000;

    /// <summary>The library file to use, given the --library option value (may be null).</summary>
    public static string ResolvePath(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option);
        }

        string? env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(env))
        {
            return Path.GetFullPath(env);
        }

        string? xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        string root = !string.IsNullOrWhiteSpace(xdg) ? xdg : Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return Path.Combine(root, "imeter", "iem-library.txt");
    }

    /// <summary>Built-ins plus the file's entries (none when the file does not exist). Throws InvalidDataException on a corrupt line.</summary>
    public static IemLibrary Load(string path)
    {
        var library = new IemLibrary(MaxEntries);
        if (!File.Exists(path))
        {
            return library;
        }

        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            IemProfile? p = IemTextCodec.FromText(line, out string? error);
            string? addError = p == null ? error : library.Add(p, false);
            if (addError != null)
            {
                throw new InvalidDataException(path + " line " + lineNumber + ": " + addError);
            }
        }

        return library;
    }

    /// <summary>Writes the user entries of <paramref name="library"/> to <paramref name="path"/> atomically.</summary>
    public static void Save(IemLibrary library, string path)
    {
        var sb = new StringBuilder("# imeter IEM library: one IEM1 text record per line (docs/verdict.md)\n");
        for (int i = library.BuiltInCount; i < library.Count; i++)
        {
            sb.Append(IemTextCodec.ToText(library.Get(i))).Append('\n');
        }

        string? dir = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        string temp = path + ".tmp";
        File.WriteAllText(temp, sb.ToString());
        File.Move(temp, path, overwrite: true);
    }
}
