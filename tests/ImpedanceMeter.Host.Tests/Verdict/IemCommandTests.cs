using System.Text.Json;
using ImpedanceMeter.Cli.Verdict;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ImpedanceMeter.Host.Tests.Verdict;

[TestClass]
public class IemCommandTests
{
    private string _dir = string.Empty;
    private string _library = string.Empty;

    [TestInitialize]
    public void CreateTempLibrary()
    {
        _dir = Directory.CreateTempSubdirectory("imeter-iem").FullName;
        _library = Path.Combine(_dir, "sub", "iem-library.txt");
    }

    [TestCleanup]
    public void DeleteTempLibrary() => Directory.Delete(_dir, true);

    private string WriteFile(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Rew()
    {
        // A REW-style export of 400 points (1/36 octave, 10 Hz - 21.6 kHz) of the 3-BA model.
        var sb = new System.Text.StringBuilder("* Measurement data measured by REW\n* Freq(Hz), Magnitude(ohm), Phase(degrees)\n");
        for (int i = 0; i < 400; i++)
        {
            double f = 10 * Math.Pow(2, i / 36.0);
            var z = ArchetypeModels.ThreeWayBalancedArmature(f);
            sb.Append(FormattableString.Invariant($"{f:F4}, {z.Magnitude:F4}, {z.Phase * 180 / Math.PI:F3}\n"));
        }

        return sb.ToString();
    }

    [TestMethod]
    public void ListShowsBuiltInsAndJsonIsStable()
    {
        var r = CliRunner.Run("iem", "list", "--library", _library);
        Assert.AreEqual(0, r.ExitCode, r.Error);
        StringAssert.Contains(r.Output, "model-3ba");
        var j = JsonDocument.Parse(CliRunner.Run("iem", "list", "--json", "--library", _library).Output).RootElement;
        var first = j[0];
        Assert.AreEqual("model-1dd", first.GetProperty("name").GetString());
        Assert.IsTrue(first.GetProperty("built_in").GetBoolean());
        Assert.AreEqual("model", first.GetProperty("origin").GetString());
    }

    [TestMethod]
    public void ImportReducesToTheDeviceBudgetAndKeepsTheShape()
    {
        string rew = WriteFile("my 3ba.txt", Rew());
        var r = CliRunner.Run("iem", "import", rew, "--name", "My 3BA", "--sensitivity", "112.8", "--sensitivity-unit", "mw", "--library", _library, "--json");
        Assert.AreEqual(0, r.ExitCode, r.Error);
        var j = JsonDocument.Parse(r.Output).RootElement;
        Assert.AreEqual(400, j.GetProperty("file_points").GetInt32());
        Assert.IsTrue(j.GetProperty("stored_points").GetInt32() <= 64);

        var show = JsonDocument.Parse(CliRunner.Run("iem", "show", "my 3ba", "--json", "--library", _library).Output).RootElement;
        Assert.AreEqual(112.8, show.GetProperty("sensitivity_db").GetDouble());
        var curve = show.GetProperty("curve").EnumerateArray().ToArray();
        var profile = new ImpedanceCurve(
            curve.Select(c => c.GetProperty("hz").GetDouble()).ToArray(),
            curve.Select(c => c.GetProperty("ohm").GetDouble()).ToArray(),
            curve.Select(c => c.GetProperty("deg").GetDouble()).ToArray(),
            false);

        // Between the kept points the stored curve stays within 1 % of the model (peaks kept).
        for (double f = 20; f <= 20000; f *= 1.05)
        {
            double model = ArchetypeModels.ThreeWayBalancedArmature(f).Magnitude;
            Assert.AreEqual(model, CurveReducer.InterpolateMagnitude(profile, f), model * 0.01, "at " + f + " Hz");
        }
    }

    [TestMethod]
    public void ExportThenImportGivesTheSameCurve()
    {
        foreach (string format in new[] { "zma", "csv" })
        {
            string path = Path.Combine(_dir, "out." + format);
            var e = CliRunner.Run("iem", "export", "model-hybrid", "--format", format, "-o", path, "--library", _library);
            Assert.AreEqual(0, e.ExitCode, e.Error);
            var i = CliRunner.Run("iem", "import", path, "--name", "copy-" + format, "--library", _library);
            Assert.AreEqual(0, i.ExitCode, i.Error);
            string original = CliRunner.Run("iem", "export", "model-hybrid", "--format", "csv", "--library", _library).Output;
            string copy = CliRunner.Run("iem", "export", "copy-" + format, "--format", "csv", "--library", _library).Output;
            var a = ImpedanceFileParser.ParseText(original);
            var b = ImpedanceFileParser.ParseText(copy);
            for (double f = 20; f <= 20000; f *= 1.1)
            {
                Assert.AreEqual(CurveReducer.InterpolateMagnitude(a, f), CurveReducer.InterpolateMagnitude(b, f), 0.002 * CurveReducer.InterpolateMagnitude(a, f), format + " at " + f);
            }
        }
    }

    [TestMethod]
    public void BadImportsLeaveTheLibraryFileByteForByte()
    {
        string good = WriteFile("good.zma", "20 16 0\n20000 18 10\n");
        Assert.AreEqual(0, CliRunner.Run("iem", "import", good, "--library", _library).ExitCode);
        byte[] before = File.ReadAllBytes(_library);
        string[][] bad =
        {
            new[] { "iem", "import", WriteFile("nan.zma", "20 NaN 0\n30 16 0\n") },
            new[] { "iem", "import", WriteFile("empty.zma", string.Empty) },
            new[] { "iem", "import", WriteFile("unsorted.zma", "30 16 0\n20 16 0\n") },
            new[] { "iem", "import", good },
            new[] { "iem", "import", good, "--name", "model-1dd" },
            new[] { "iem", "import", good, "--name", "bad|name" },
            new[] { "iem", "import", good, "--name", "x", "--sensitivity", "100" },
            new[] { "iem", "import", good, "--name", "y", "--nominal", "-3" },
            new[] { "iem", "import", Path.Combine(_dir, "missing.zma") },
            new[] { "iem", "delete", "model-1dd" },
            new[] { "iem", "delete", "nobody" },
            new[] { "iem", "import" },
            new[] { "iem", "import", good, "--name", "z", "--nominal", "abc" },
            new[] { "iem", "import", good, "--name", "w", "--unknown-flag" },
        };
        foreach (string[] args in bad)
        {
            var r = CliRunner.Run(args.Concat(new[] { "--library", _library }).ToArray());
            Assert.AreEqual(1, r.ExitCode, string.Join(" ", args));
            Assert.AreEqual(1, r.Error.TrimEnd('\n').Split('\n').Length, r.Error);
            StringAssert.StartsWith(r.Error, "imeter iem " + args[1] + ": ");
            CollectionAssert.AreEqual(before, File.ReadAllBytes(_library), string.Join(" ", args));
        }
    }

    [TestMethod]
    public void DeleteRemovesAUserEntry()
    {
        string good = WriteFile("mine.zma", "20 16 0\n20000 18 10\n");
        CliRunner.Run("iem", "import", good, "--library", _library);
        Assert.AreEqual(0, CliRunner.Run("iem", "delete", "MINE", "--library", _library).ExitCode);
        Assert.AreEqual(1, CliRunner.Run("iem", "show", "mine", "--library", _library).ExitCode);
    }

    [TestMethod]
    public void CorruptLibraryFileIsReportedNotRewritten()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_library)!);
        File.WriteAllText(_library, "IEM1|x|measurement|1.000||none||20.000,1.000,0.00;30.000,1.000,0.00|DEADBEEF\n");
        byte[] before = File.ReadAllBytes(_library);
        var r = CliRunner.Run("iem", "import", WriteFile("a.zma", "20 16 0\n30 16 0\n"), "--library", _library);
        Assert.AreEqual(1, r.ExitCode);
        StringAssert.Contains(r.Error, "line 1: record CRC mismatch");
        CollectionAssert.AreEqual(before, File.ReadAllBytes(_library));
    }

    [TestMethod]
    public void LibraryLocationFollowsTheEnvironmentVariable()
    {
        Assert.AreEqual(Path.GetFullPath(_library), UserLibraryStore.ResolvePath(_library));
        string? old = Environment.GetEnvironmentVariable(UserLibraryStore.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(UserLibraryStore.EnvironmentVariable, _library);
            Assert.AreEqual(Path.GetFullPath(_library), UserLibraryStore.ResolvePath(null));
        }
        finally
        {
            Environment.SetEnvironmentVariable(UserLibraryStore.EnvironmentVariable, old);
        }

        StringAssert.EndsWith(UserLibraryStore.ResolvePath(null).Replace('\\', '/'), "imeter/iem-library.txt");
    }

    [TestMethod]
    public void GenerateWritesTheArchetypeSource()
    {
        var r = CliRunner.Run("iem", "generate");
        Assert.AreEqual(ArchetypeSourceWriter.Generate(), r.Output);
    }
}
