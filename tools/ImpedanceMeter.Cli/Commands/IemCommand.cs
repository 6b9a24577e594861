using System.CommandLine;

namespace ImpedanceMeter.Cli.Commands;

/// <summary><c>imeter iem</c>: Lists, shows, imports and exports IEM impedance curves.</summary>
public static class IemCommand
{
    public static Command Create() => NotImplementedCommand.Create("iem", "Lists, shows, imports and exports IEM impedance curves.");
}
