using ImpedanceMeter.Cli.Commands;
using ImpedanceMeter.Cli.Protocol;
using ImpedanceMeter.Cli.Serial;
using ImpedanceMeter.Core.Protocol;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Host.Tests.Serial;

/// <summary>IEM push/pull against the virtual meter over a pty, with and without line noise.</summary>
[TestClass]
public class IemTransferTests
{
    private static IemProfile Curve(string name, int points)
    {
        var p = new IemProfile { Name = name, NominalMilliOhms = 16500, Origin = IemOrigin.UserMeasurement, Source = "test",
            FrequencyMilliHertz = new int[points], MagnitudeMilliOhms = new int[points], PhaseCentiDegrees = new int[points] };
        for (int i = 0; i < points; i++)
        {
            p.FrequencyMilliHertz[i] = (int)(20000 * Math.Pow(1000, i / (double)(points - 1)));
            p.MagnitudeMilliOhms[i] = 15000 + (i * 731);
            p.PhaseCentiDegrees[i] = -3000 + (i * 97);
        }

        return p;
    }

    [TestMethod]
    [Timeout(60000, CooperativeCancellation = true)]
    public void PushedCurveReadsBackIdenticalAndLandsInTheMetersLibrary()
    {
        var adapter = new IemLibraryAdapter(new IemLibrary());
        using var meter = new VirtualMeterPty(new DemoZoutEngine(), adapter, ServeCommand.VirtualIdentity()).Start();
        using ISerialConnection port = SerialConnections.Open(meter.DevicePath);
        var transfer = new IemTransfer(new MeterClient(port));
        IemProfile sent = Curve("Test IEM, 64 pts", 64);
        transfer.Push(sent, replace: false);
        Assert.IsNull(IemTransfer.Compare(sent, transfer.Pull("test iem, 64 PTS")));
        var (names, selected) = transfer.List();
        Assert.AreEqual("Test IEM, 64 pts", names[^1]);
        Assert.AreEqual(-1, selected);
        meter.Stop();
        IemProfile stored = adapter.Library.Get(adapter.Library.Find("Test IEM, 64 pts"));
        CollectionAssert.AreEqual(sent.MagnitudeMilliOhms, stored.MagnitudeMilliOhms);
    }

    [TestMethod]
    [Timeout(60000, CooperativeCancellation = true)]
    public void PushingAnExistingNameNeedsReplaceAndReplaceSwapsTheCurve()
    {
        using var meter = new VirtualMeterPty(new DemoZoutEngine(), new IemLibraryAdapter(new IemLibrary()), ServeCommand.VirtualIdentity()).Start();
        using ISerialConnection port = SerialConnections.Open(meter.DevicePath);
        var transfer = new IemTransfer(new MeterClient(port));
        transfer.Push(Curve("X", 5), false);
        var e = Assert.ThrowsExactly<ArgumentException>(() => transfer.Push(Curve("X", 9), false));
        Assert.Contains("--replace", e.Message);
        Assert.AreEqual(5, transfer.Pull("X").CurveCount, "refused push changed nothing");
        transfer.Push(Curve("X", 9), true);
        Assert.AreEqual(9, transfer.Pull("X").CurveCount);
        Assert.ThrowsExactly<MeterException>(() => transfer.Pull("nope"));
        meter.Stop();
    }

    [TestMethod]
    [Timeout(120000, CooperativeCancellation = true)]
    public void PushSurvivesLineNoiseAndStillVerifies()
    {
        var adapter = new IemLibraryAdapter(new IemLibrary());
        NoisyLink? noisy = null;
        using var meter = new VirtualMeterPty(new DemoZoutEngine(), adapter, ServeCommand.VirtualIdentity(), link => noisy = new NoisyLink(link, 77, 0.05)).Start();
        using ISerialConnection port = SerialConnections.Open(meter.DevicePath);
        var transfer = new IemTransfer(new MeterClient(port), 500);
        IemProfile sent = Curve("Noisy", 40);
        transfer.Push(sent, false, attempts: 10);
        meter.Stop();
        Assert.IsTrue(noisy!.DamagedLines >= 2, "noise hit only " + noisy.DamagedLines + " lines");
        int at = adapter.Library.Find("Noisy");
        Assert.IsTrue(at >= 0);
        Assert.IsNull(IemTransfer.Compare(sent, adapter.Get(at) is { } c ? ToProfile(c) : null!));
        Assert.AreEqual(1, Enumerable.Range(0, adapter.Count).Count(i => adapter.NameAt(i) == "Noisy"), "stored once");
    }

    private static IemProfile ToProfile(IemCurve c) => new()
    {
        Name = c.Name, NominalMilliOhms = c.NominalMilliOhms,
        FrequencyMilliHertz = c.FrequencyMilliHertz[..c.PointCount], MagnitudeMilliOhms = c.MagnitudeMilliOhms[..c.PointCount], PhaseCentiDegrees = c.PhaseCentiDegrees[..c.PointCount],
    };
}
