namespace ImpedanceMeter.Cli.Verdict;

/// <summary>A malformed impedance file: the 1-based line number (0 for the file as a whole) and the reason.</summary>
public sealed class ImpedanceFileException : Exception
{
    public ImpedanceFileException(int line, string reason)
        : base(line > 0 ? "line " + line + ": " + reason : reason)
    {
        Line = line;
        Reason = reason;
    }

    /// <summary>1-based line of the first problem; 0 when it concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the line prefix.</summary>
    public string Reason { get; }
}
