using System.CommandLine;

namespace ImpedanceMeter.Cli.Commands;

/// <summary><c>imeter analyze</c>: Re-runs the device core on a capture file and reproduces its result bit-exactly.</summary>
public static class AnalyzeCommand
{
    public static Command Create() => NotImplementedCommand.Create("analyze", "Re-runs the device core on a capture file and reproduces its result bit-exactly.");
}
