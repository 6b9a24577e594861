using System.CommandLine;

namespace ImpedanceMeter.Cli.Commands;

/// <summary><c>imeter predict</c>: Predicts the frequency-response deviation a source's Zout causes on an IEM.</summary>
public static class PredictCommand
{
    public static Command Create() => NotImplementedCommand.Create("predict", "Predicts the frequency-response deviation a source's Zout causes on an IEM.");
}
