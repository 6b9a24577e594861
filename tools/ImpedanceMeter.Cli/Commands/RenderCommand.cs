using System.CommandLine;

namespace ImpedanceMeter.Cli.Commands;

/// <summary><c>imeter render</c>: Renders every OLED screen to PNG files.</summary>
public static class RenderCommand
{
    public static Command Create() => NotImplementedCommand.Create("render", "Renders every OLED screen to PNG files.");
}
