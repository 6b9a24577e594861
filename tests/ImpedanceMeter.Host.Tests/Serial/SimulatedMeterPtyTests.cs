using ImpedanceMeter.Cli.Commands;
using ImpedanceMeter.Cli.Protocol;
using ImpedanceMeter.Cli.Serial;
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
    public void CalibrateAndMeasureTheSimulatedDongleOverThePty()
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
        meter.Stop();
        Assert.AreEqual(1, records.Count);
        Assert.IsTrue(Reading.TryParse(records[0], out Reading r), records[0]);
        Assert.AreEqual("OK", r.Status);
        Assert.IsTrue(r.CalibrationId > 0);
        // The dongle preset is 0.9 Ω resistive; the engine's accuracy is meas's business, this checks the wiring.
        Assert.IsTrue(Math.Abs(r.MagnitudeOhms - SourceSpec.Presets["dongle"].ROhms) < 0.2, "|Z| " + r.MagnitudeOhms);
    }
}
