namespace ImpedanceMeter.Host.Tests;

/// <summary>Locates the repository root from the test binary (the folder holding ImpedanceMeter.sln).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "ImpedanceMeter.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ImpedanceMeter.sln not found above " + AppContext.BaseDirectory);
    }
}
