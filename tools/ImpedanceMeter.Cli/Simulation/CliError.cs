namespace ImpedanceMeter.Cli.Simulation;

/// <summary>The CLI's one-line error convention: "imeter &lt;command&gt;: &lt;reason&gt;" on stderr, non-zero exit.</summary>
public static class CliError
{
    /// <summary>Exit code for bad input.</summary>
    public const int BadInput = 1;

    /// <summary>Exit code when the run itself failed (calibration failed, capture mismatch).</summary>
    public const int Failed = 3;

    /// <summary>Writes the line and returns <paramref name="code"/>.</summary>
    public static int Fail(string command, string reason, int code = BadInput)
    {
        Console.Error.WriteLine("imeter " + command + ": " + reason);
        return code;
    }
}
