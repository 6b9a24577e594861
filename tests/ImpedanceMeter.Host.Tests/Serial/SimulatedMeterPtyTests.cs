using ImpedanceMeter.Cli.Commands;
using ImpedanceMeter.Cli.Protocol;
using ImpedanceMeter.Cli.Serial;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Protocol;
using ImpedanceMeter.Core.Verdict;
using ImpedanceMeter.Sim;

namespace ImpedanceMeter.Host.Tests.Serial;

/// <summary>The real engine on the physics simulator behind the pty, driven only through the protocol.</summary>
[TestClass]
public class SimulatedMeterPtyTests
{
    [TestMethod]
    [Timeout(180000, CooperativeCancellation = true)]
    public void CalibrateMeasureAndRecomputeTheSimulatedDongleOverThePty()
    {
        var engine = new SimulatedEngine(SourceSpec.Presets["dongle"], 1);
        using var meter = new VirtualMeterPty(engine, new IemLibraryAdapter(new IemLibrary()), ServeCommand.VirtualIdentity("sim")).Start();
        using ISerialConnection port = SerialConnections.Open(meter.DevicePath);
        var client = new MeterClient(port);
        var records = new List<string>();
        client.OnRecord = records.Add;
        foreach (string standard in new[] { "CAL:OPEN", "CAL:SHORT", "CAL:LOAD" })
        {
            client.Query(standard, 60000).EnsureOk(standard);
        }

        Assert.StartsWith("1,1,1,", client.Query("CAL:STAT?", 5000).EnsureOk("CAL:STAT?").Lines[0]);
        client.Query("MEAS:ZOUT? L", 60000).EnsureOk("MEAS:ZOUT?");
        client.Query("MEAS:SWEEP?", 120000).EnsureOk("MEAS:SWEEP?");
        var capture = client.Query("CAPT?", 30000).EnsureOk("CAPT?").Lines.ToArray();
        // The stream clock check on the simulated generator: drift, coherence, amplitude, verdict.
        string[] check = client.Query("DIAG:STREAM?", 30000).EnsureOk("DIAG:STREAM?").Lines[0].Split(',');
        Assert.AreEqual(4, check.Length);
        Assert.AreEqual("PASS", check[3]);
        Assert.IsTrue(Math.Abs(int.Parse(check[0])) <= StreamClockCheck.MaxDriftMilliDegreesPerSecond, "drift " + check[0]);
        meter.Stop();

        // The raw dump reproduces the sweep's records bit-exactly through the core's own analyzer.
        CaptureFile file = CaptureFileReader.Parse(capture, out string error);
        Assert.IsNotNull(file, error);
        MeasurementResult again = CaptureAnalyzer.Analyze(file);
        Assert.AreEqual(0, CaptureAnalyzer.CountMismatches(file, again));
        var swept = records.Skip(1).Where(b => b.StartsWith("$ZOUT", StringComparison.Ordinal)).Select(b => { Reading.TryParse(b, out var x); return x; }).ToList();
        var recomputed = again.Legs.SelectMany(l => l.Points).ToList();
        Assert.IsTrue(swept.Count >= 4, "sweep records: " + swept.Count);
        Assert.AreEqual(swept.Count, recomputed.Count);
        for (int i = 0; i < swept.Count; i++)
        {
            Assert.AreEqual((swept[i].FrequencyMilliHertz, swept[i].ReMicroOhms, swept[i].ImMicroOhms),
                ((long)recomputed[i].FrequencyMilliHertz, (long)recomputed[i].ReMicroOhms, (long)recomputed[i].ImMicroOhms), "point " + i);
        }

        records = records.Take(1).ToList();
        Assert.AreEqual(1, records.Count);
        Assert.IsTrue(Reading.TryParse(records[0], out Reading r), records[0]);
        Assert.AreEqual("OK", r.Status);
        Assert.IsTrue(r.CalibrationId > 0);
        // The dongle preset is 0.9 Ω resistive; the engine's accuracy is meas's business, this checks the wiring.
        Assert.IsTrue(Math.Abs(r.MagnitudeOhms - SourceSpec.Presets["dongle"].ROhms) < 0.2, "|Z| " + r.MagnitudeOhms);
    }
}
