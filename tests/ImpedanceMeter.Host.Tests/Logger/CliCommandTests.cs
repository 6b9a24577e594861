using System.CommandLine;
using System.Text.Json;
using ImpedanceMeter.Cli;
using ImpedanceMeter.Cli.Commands;
using ImpedanceMeter.Cli.Protocol;
using ImpedanceMeter.Cli.Serial;
using ImpedanceMeter.Core.Protocol;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Host.Tests.Logger;

/// <summary>imeter log / serve / report / iem push|pull in-process: help, one-line errors, exit codes, and a full run.</summary>
[TestClass]
public class CliCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Program.BuildRoot().Parse(args).Invoke(new InvocationConfiguration { Output = o, Error = e });
        return (code, o.ToString(), e.ToString());
    }

    private static void AssertOneLineError(string prefix, (int Code, string Out, string Err) r)
    {
        Assert.AreNotEqual(0, r.Code);
        string[] lines = r.Err.TrimEnd('\n').Split('\n');
        Assert.AreEqual(1, lines.Length, r.Err);
        Assert.StartsWith(prefix, lines[0]);
    }

    [TestMethod]
    public void HelpListsTheOptions()
    {
        foreach (var (cmd, option) in new[] { (new[] { "log", "--help" }, "--port"), (new[] { "serve", "--help" }, "--pty"), (new[] { "report", "--help" }, "--html"),
            (new[] { "iem", "push", "--help" }, "--replace"), (new[] { "iem", "pull", "--help" }, "--out") })
        {
            var r = Run(cmd);
            Assert.AreEqual(0, r.Code, string.Join(" ", cmd));
            Assert.Contains(option, r.Out);
        }
    }

    [TestMethod]
    public void MissingPortFailsInOneLineAndCreatesNoFiles()
    {
        string dir = Directory.CreateTempSubdirectory("imeter-cli-").FullName;
        string db = Path.Combine(dir, "x.sqlite");
        string csv = Path.Combine(dir, "x.csv");
        AssertOneLineError("imeter log: " + Path.Combine(dir, "ttyNONE") + ": no such port", Run("log", "--port", Path.Combine(dir, "ttyNONE"), "--db", db, "--csv", csv));
        Assert.IsFalse(File.Exists(db));
        Assert.IsFalse(File.Exists(csv));
        AssertOneLineError("imeter log: /dev/null: not a serial port", Run("log", "--port", "/dev/null"));
        Directory.Delete(dir, true);
    }

    [TestMethod]
    public void BadOptionsFailInOneLine()
    {
        AssertOneLineError("imeter log: --measure must be", Run("log", "--port", "/dev/null", "--measure", "0"));
        AssertOneLineError("imeter log: --source must be", Run("log", "--port", "/dev/null", "--source", "a,b"));
        AssertOneLineError("imeter log: folder does not exist", Run("log", "--port", "/dev/null", "--db", "/nonexistent-dir/x.sqlite"));
        AssertOneLineError("imeter serve: say --pty", Run("serve"));
        AssertOneLineError("imeter report: ", Run("report", "--db", "/nonexistent.sqlite", "--html", "/tmp/x.html"));
        AssertOneLineError("imeter iem push: ", Run("iem", "push", "no-such-iem", "--port", "/dev/null"));
    }

    [TestMethod]
    [Timeout(60000, CooperativeCancellation = true)]
    public void LogAgainstTheVirtualMeterWritesDatabaseCsvAndReport()
    {
        string dir = Directory.CreateTempSubdirectory("imeter-cli-").FullName;
        using var meter = new VirtualMeterPty(new DemoZoutEngine(), new IemLibraryAdapter(new IemLibrary()), ServeCommand.VirtualIdentity()).Start();
        string db = Path.Combine(dir, "h.sqlite"), csv = Path.Combine(dir, "h.csv"), html = Path.Combine(dir, "h.html");
        var r = Run("log", "--port", meter.DevicePath, "--db", db, "--csv", csv, "--html", html, "--measure", "10", "--source", "Phone jack", "--until-idle", "1", "--iem", "model-3ba", "--json");
        Assert.AreEqual(0, r.Code, r.Err);
        using JsonDocument j = JsonDocument.Parse(r.Out);
        Assert.AreEqual(10, j.RootElement.GetProperty("readings_stored").GetInt32());
        Assert.AreEqual(0, j.RootElement.GetProperty("missing_records").GetInt32());
        Assert.AreEqual(11, File.ReadAllLines(csv).Length);
        string report = File.ReadAllText(html);
        Assert.Contains("Phone jack", report);
        Assert.Contains("Predicted deviation on model-3ba", report);

        var again = Run("report", "--db", db, "--html", Path.Combine(dir, "again.html"), "--json");
        Assert.AreEqual(0, again.Code, again.Err);
        Assert.IsTrue(File.ReadAllText(Path.Combine(dir, "again.html")).Length > 1000);
        meter.Stop();
        Directory.Delete(dir, true);
    }

    [TestMethod]
    [Timeout(60000, CooperativeCancellation = true)]
    public void PushThenPullThroughTheCli()
    {
        string dir = Directory.CreateTempSubdirectory("imeter-cli-").FullName;
        string zma = Path.Combine(dir, "My IEM.zma");
        File.WriteAllText(zma, "* test curve\n20 16.2 -2.5\n100 16.3 -1\n1000 16.5 0\n10000 25 20\n20000 32.75 35.5\n");
        using var meter = new VirtualMeterPty(new DemoZoutEngine(), new IemLibraryAdapter(new IemLibrary()), ServeCommand.VirtualIdentity()).Start();
        var push = Run("iem", "push", zma, "--port", meter.DevicePath, "--json");
        Assert.AreEqual(0, push.Code, push.Err);
        Assert.Contains("\"verified\":true", push.Out);
        AssertOneLineError("imeter iem push: the meter already has an IEM named 'My IEM'", Run("iem", "push", zma, "--port", meter.DevicePath));
        string back = Path.Combine(dir, "back.zma");
        var pull = Run("iem", "pull", "My IEM", "--port", meter.DevicePath, "--out", back);
        Assert.AreEqual(0, pull.Code, pull.Err);
        Assert.IsTrue(File.ReadAllText(back).Contains("1000", StringComparison.Ordinal));
        AssertOneLineError("imeter iem pull: ", Run("iem", "pull", "Nope", "--port", meter.DevicePath));
        meter.Stop();
        Directory.Delete(dir, true);
    }
}
