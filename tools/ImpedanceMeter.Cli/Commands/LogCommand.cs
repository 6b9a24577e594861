using System.CommandLine;

namespace ImpedanceMeter.Cli.Commands;

/// <summary><c>imeter log</c>: Logs readings from a meter on a serial port to SQLite, CSV and an HTML report.</summary>
public static class LogCommand
{
    public static Command Create() => NotImplementedCommand.Create("log", "Logs readings from a meter on a serial port to SQLite, CSV and an HTML report.");
}
