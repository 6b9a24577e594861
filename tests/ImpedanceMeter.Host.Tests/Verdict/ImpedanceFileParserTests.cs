using ImpedanceMeter.Cli.Verdict;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ImpedanceMeter.Host.Tests.Verdict;

[TestClass]
public class ImpedanceFileParserTests
{
    private static ImpedanceFileException Rejects(string text)
    {
        try
        {
            ImpedanceFileParser.ParseText(text);
        }
        catch (ImpedanceFileException e)
        {
            return e;
        }

        Assert.Fail("accepted: " + text);
        return null!;
    }

    [TestMethod]
    public void HeaderlessZmaWithSpacesAndTabsIsRead()
    {
        ImpedanceCurve c = ImpedanceFileParser.ParseText("10 32.1 -1.5\n20\t32.0\t0\n  1000   31.5   2.25  \n");
        CollectionAssert.AreEqual(new[] { 10.0, 20, 1000 }, c.Hertz);
        CollectionAssert.AreEqual(new[] { 32.1, 32.0, 31.5 }, c.Ohms);
        CollectionAssert.AreEqual(new[] { -1.5, 0, 2.25 }, c.Degrees);
        Assert.IsFalse(c.PhaseMissing);
    }

    [TestMethod]
    public void RewExportWithStarHeaderAndEveryDelimiterIsRead()
    {
        const string rew = "* Measurement data measured by REW V5.31\n* Source: Impedance\n* Format: Impedance\n* Freq(Hz), Magnitude(ohm), Phase(degrees)\n"
            + "20.000, 8.100, 3.20\n25.000;8.200;4.00\n31.5\t8.30\t5.1\n40 8.5 6\n";
        ImpedanceCurve c = ImpedanceFileParser.ParseText(rew);
        Assert.AreEqual(4, c.Count);
        Assert.AreEqual(8.5, c.Ohms[3]);
    }

    [TestMethod]
    public void CsvWithAColumnTitleLineAndScientificNumbersIsRead()
    {
        ImpedanceCurve c = ImpedanceFileParser.ParseText("frequency_hz,impedance_ohm,phase_deg\r\n2.0e1,1.6E1,-4.5e0\r\n1e3,16.5,0\r\n");
        Assert.AreEqual(20, c.Hertz[0]);
        Assert.AreEqual(-4.5, c.Degrees[0]);
    }

    [TestMethod]
    public void TwoColumnFileHasZeroPhaseAndSaysSo()
    {
        ImpedanceCurve c = ImpedanceFileParser.ParseText("20 16\n1000 17\n");
        Assert.IsTrue(c.PhaseMissing);
        CollectionAssert.AreEqual(new[] { 0.0, 0 }, c.Degrees);
    }

    [TestMethod]
    [DataRow("", 1, "empty file")]
    [DataRow("* only a comment\n\n", 2, "no data lines")]
    [DataRow("20 32 0\n", 1, "only one")]
    [DataRow("20 32 0\n30 abc 0\n", 2, "|Z| is not a number")]
    [DataRow("20 32 0\n30 32 0x1F\n", 2, "phase is not a number")]
    [DataRow("20 NaN 0\n30 32 0\n", 1, "not a number")]
    [DataRow("20 32 0\n30 Infinity 0\n", 2, "not a number")]
    [DataRow("20 32 0\n30 1e999 0\n", 2, "not a number")]
    [DataRow("20 -32 0\n30 32 0\n", 1, "|Z| must be > 0")]
    [DataRow("20 0 0\n30 32 0\n", 1, "|Z| must be > 0")]
    [DataRow("0 32 0\n30 32 0\n", 1, "frequency must be > 0")]
    [DataRow("20 32 0\n30 32 95\n", 2, "phase must be within")]
    [DataRow("20 32 0\n30 32 0\n25 32 0\n", 3, "not increasing")]
    [DataRow("20 32 0\n30 32 0\n30 33 0\n", 3, "duplicate frequency")]
    [DataRow("20 32 0\n30 32\n", 2, "expected 3 numbers")]
    [DataRow("20 32 0 7\n", 1, "expected 2 or 3")]
    [DataRow("Freq,Z,Phase\nHz,ohm,deg\n20 32 0\n", 2, "not a number")]
    [DataRow("20 32 0\n* comment\nfooter text here\n", 3, "not a number")]
    [DataRow("20 32 0\n30 1,5 0\n", 2, "found 4 fields")]
    public void MalformedFilesAreRejectedWithTheLineNumber(string text, int line, string reason)
    {
        ImpedanceFileException e = Rejects(text);
        Assert.AreEqual(line, e.Line, e.Message);
        StringAssert.Contains(e.Message, reason);
        if (line > 0)
        {
            StringAssert.StartsWith(e.Message, "line " + line + ": ");
        }
    }

    [TestMethod]
    public void TenMegabytesOfGarbageIsRejectedEarlyWithALineNumber()
    {
        var bytes = new byte[10 * 1024 * 1024];
        new Random(7).NextBytes(bytes);
        string path = Path.Combine(Path.GetTempPath(), "imeter-garbage-" + Guid.NewGuid() + ".zma");
        File.WriteAllBytes(path, bytes);
        try
        {
            var e = Assert.ThrowsExactly<ImpedanceFileException>(() => ImpedanceFileParser.ParseFile(path));
            Assert.IsTrue(e.Line >= 1, e.Message);
            Assert.IsFalse(e.Message.Contains('\n'), "one line");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public void TenMegabytesOfPlausibleTextWithOneBadLineNamesThatLine()
    {
        var sb = new System.Text.StringBuilder();
        int lines = 0;
        for (int i = 1; sb.Length < 10 * 1024 * 1024; i++)
        {
            sb.Append(i).Append(".000 32.000 0.00\n");
            lines++;
        }

        Assert.IsTrue(lines > ImpedanceFileParser.MaxDataLines);
        ImpedanceFileException e = Rejects(sb.ToString());
        Assert.AreEqual(ImpedanceFileParser.MaxDataLines + 1, e.Line);
    }

    [TestMethod]
    public void MissingFileIsAOneLineError()
    {
        var e = Assert.ThrowsExactly<ImpedanceFileException>(() => ImpedanceFileParser.ParseFile("/nonexistent/dir/x.zma"));
        StringAssert.StartsWith(e.Message, "cannot read file");
    }
}
