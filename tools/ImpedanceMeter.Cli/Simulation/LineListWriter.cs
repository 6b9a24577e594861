using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Cli.Simulation;

/// <summary>Collects the core's capture lines (ILineWriter) for writing to a file.</summary>
public sealed class LineListWriter : ILineWriter
{
    /// <summary>The lines written so far.</summary>
    public List<string> Lines { get; } = new();

    /// <inheritdoc/>
    public void WriteLine(string line) => Lines.Add(line);
}
