using System.CommandLine;

namespace ImpedanceMeter.Cli.Commands;

/// <summary>
/// A sub-command whose feature is not built yet: it says so on stderr and exits 2, so no script
/// mistakes it for a working one.
/// </summary>
public static class NotImplementedCommand
{
    public const int ExitCode = 2;

    public static Command Create(string name, string description)
    {
        var command = new Command(name, description + " (not implemented yet)")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("imeter " + name + ": not implemented yet");
            return ExitCode;
        });
        return command;
    }
}
