using System.CommandLine;

namespace ImpedanceMeter.Cli.Commands;

/// <summary><c>imeter bench</c>: Accuracy and speed benchmark of the measurement over many simulated instruments.</summary>
public static class BenchCommand
{
    public static Command Create() => NotImplementedCommand.Create("bench", "Accuracy and speed benchmark of the measurement over many simulated instruments.");
}
