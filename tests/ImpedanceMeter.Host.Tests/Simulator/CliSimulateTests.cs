using System.Text.Json;
using ImpedanceMeter.Cli.Commands;

namespace ImpedanceMeter.Host.Tests.Simulator;

/// <summary>imeter simulate / analyze as a user runs them: JSON contract, captures reproduced bit-exactly, bad input.</summary>
[TestClass]
[DoNotParallelize]
public sealed class CliSimulateTests
{
    private static (int Code, string Out, string Err) Capture(Func<int> run)
    {
        var oldOut = Console.Out;
        var oldErr = Console.Error;
        var o = new StringWriter();
        var e = new StringWriter();
        Console.SetOut(o);
        Console.SetError(e);
        try
        {
            return (run(), o.ToString(), e.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    [TestMethod]
    public void SimulateJsonHasTheContractKeysAndMeasuresTheDongle()
    {
        var (code, output, _) = Capture(() => SimulateCommand.Run("dongle", "se35", 1, json: true, captureDir: null));
        Assert.AreEqual(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        var legs = root.GetProperty("legs").EnumerateArray().ToArray();
        Assert.AreEqual(2 * ImpedanceMeter.Core.Measurement.SpotFrequencyPlan.Default().Count, legs.Length, "2 legs × every spot frequency");
        foreach (var l in legs)
        {
            foreach (var key in new[] { "leg", "freq_hz", "zout_ohms", "zout_re", "zout_im", "status" })
            {
                Assert.IsTrue(l.TryGetProperty(key, out _), "legs[] has " + key);
            }
        }

        var model = root.GetProperty("model").EnumerateArray().ToArray();
        Assert.AreEqual(2, model.Length);
        foreach (var m in model)
        {
            foreach (var key in new[] { "leg", "r_ohms", "c_farads", "l_henries", "residual" })
            {
                Assert.IsTrue(m.TryGetProperty(key, out _), "model[] has " + key);
            }
        }

        Assert.IsTrue(root.GetProperty("device_seconds").GetDouble() > 0);
        // The dongle is 0.9 Ω: every Ok point lands within 10 % (the accuracy itself is the bench's job).
        foreach (var l in legs.Where(l => l.GetProperty("status").GetString() == "Ok"))
        {
            Assert.AreEqual(0.9, l.GetProperty("zout_ohms").GetDouble(), 0.09);
        }
    }

    [TestMethod]
    public void AnalyzeReproducesSimulateBitExactly()
    {
        string dir = Path.Combine(Path.GetTempPath(), "imeter-capture-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var (source, jack) in new[] { ("cap-coupled", "se35"), ("phone", "bal44") })
            {
                var (code, _, _) = Capture(() => SimulateCommand.Run(source, jack, 1, json: false, captureDir: dir));
                Assert.AreEqual(0, code);
            }

            var files = Directory.GetFiles(dir, "*" + SimulateCommand.CaptureExtension);
            Assert.AreEqual(2, files.Length);
            var (aCode, aOut, aErr) = Capture(() => AnalyzeCommand.Run(dir, json: true));
            Assert.AreEqual(0, aCode, aErr);
            var root = JsonDocument.Parse(aOut).RootElement;
            Assert.IsTrue(root.GetProperty("all_bit_exact").GetBoolean());
            foreach (var f in root.GetProperty("files").EnumerateArray())
            {
                Assert.AreEqual(0, f.GetProperty("mismatches").GetInt32());
            }

            // Tamper with one recorded result: analyze must notice (CRC first, so fix it up? no: expect a CRC rejection).
            var text = File.ReadAllText(files[0]);
            File.WriteAllText(files[0], text.Replace("RESULT,leg=0,freq=1,", "RESULT,leg=0,freq=1,x=1,"));
            var (tCode, _, tErr) = Capture(() => AnalyzeCommand.Run(files[0], json: false));
            Assert.AreNotEqual(0, tCode);
            StringAssert.StartsWith(tErr, "imeter analyze: ");
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, true);
            }
        }
    }

    [TestMethod]
    public void BadInputExitsNonZeroWithOneLine()
    {
        foreach (var (src, jack) in new[] { ("banana", "se35"), ("1,2,3,4", "se35"), ("-1", "se35"), ("dongle", "xlr") })
        {
            var (code, _, err) = Capture(() => SimulateCommand.Run(src, jack, 1, false, null));
            Assert.AreEqual(1, code, src + " " + jack);
            StringAssert.StartsWith(err, "imeter simulate: ");
            Assert.AreEqual(1, err.TrimEnd('\n').Split('\n').Length, "one line");
        }

        var (aCode, _, aErr) = Capture(() => AnalyzeCommand.Run("/nonexistent/capture.imcap", false));
        Assert.AreEqual(1, aCode);
        StringAssert.StartsWith(aErr, "imeter analyze: ");
    }
}
