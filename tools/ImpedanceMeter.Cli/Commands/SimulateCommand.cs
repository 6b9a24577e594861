using System.CommandLine;

namespace ImpedanceMeter.Cli.Commands;

/// <summary><c>imeter simulate</c>: Runs the virtual meter: calibration and measurement of a simulated source.</summary>
public static class SimulateCommand
{
    public static Command Create() => NotImplementedCommand.Create("simulate", "Runs the virtual meter: calibration and measurement of a simulated source.");
}
