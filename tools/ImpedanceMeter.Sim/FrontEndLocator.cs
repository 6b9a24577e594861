namespace ImpedanceMeter.Sim;

/// <summary>Finds hardware/frontend.json: $IMETER_FRONTEND, else walking up from the binary, else from the working directory.</summary>
public static class FrontEndLocator
{
    /// <summary>Relative path of the front-end description inside the repository.</summary>
    public const string RelativePath = "hardware/frontend.json";

    /// <summary>Absolute path of frontend.json; throws with a clear message if none is found.</summary>
    public static string Find()
    {
        var env = Environment.GetEnvironmentVariable("IMETER_FRONTEND");
        if (!string.IsNullOrEmpty(env) && File.Exists(env))
        {
            return env;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException("hardware/frontend.json not found above " + AppContext.BaseDirectory + " (set IMETER_FRONTEND)");
    }
}
