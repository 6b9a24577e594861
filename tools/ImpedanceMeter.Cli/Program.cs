using System.CommandLine;
using ImpedanceMeter.Cli.Commands;

namespace ImpedanceMeter.Cli;

/// <summary>Entry point of <c>imeter</c>. Each sub-command lives in its own file under Commands/.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var parse = BuildRoot().Parse(args);
        if (parse.Errors.Count > 0)
        {
            // One line, not the library's help dump: scripts and people both read the reason.
            string name = parse.CommandResult.Command is RootCommand ? "imeter" : "imeter " + parse.CommandResult.Command.Name;
            Console.Error.WriteLine(name + ": " + string.Join("; ", parse.Errors.Select(e => e.Message)));
            return 1;
        }

        return parse.Invoke();
    }

    /// <summary>The command tree; tests invoke it in-process.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("imeter: the PC side of ImpedanceMeter, a pocket tester of headphone-source output impedance.");
        root.Subcommands.Add(SimulateCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(PredictCommand.Create());
        root.Subcommands.Add(IemCommand.Create());
        root.Subcommands.Add(LogCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(RenderCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        IemTransferCommand.AttachTo(root);
        return root;
    }
}
