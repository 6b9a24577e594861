using ImpedanceMeter.Cli.Commands;
using ImpedanceMeter.Cli.Logger;
using ImpedanceMeter.Cli.Protocol;
using ImpedanceMeter.Cli.Serial;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Protocol;
using ImpedanceMeter.Core.Verdict;
using Microsoft.Data.Sqlite;

namespace ImpedanceMeter.Host.Tests.Logger;

/// <summary>Unplugging the meter (closing its pty) and plugging a rebooted one in at the same path.</summary>
[TestClass]
public class LoggerReconnectTests
{
    [TestMethod]
    [Timeout(90000, CooperativeCancellation = true)]
    public void LoggerReconnectsAfterUnplugAndStartsANewEpochForARebootedMeter()
    {
        string dir = Directory.CreateTempSubdirectory("imeter-reconnect-").FullName;
        string link = Path.Combine(dir, "meter");
        string db = Path.Combine(dir, "log.sqlite");
        var first = new VirtualMeterPty(new DemoZoutEngine(), new IemLibraryAdapter(new IemLibrary()), ServeCommand.VirtualIdentity(), null, link).Start();
        using var session = new LoggerSession(new LoggerOptions { Port = link, DatabasePath = db, StartCommands = new[] { "MEAS:CONT 5" } });
        using var cts = new CancellationTokenSource();
        Task run = Task.Run(() => session.Run(cts.Token));
        try
        {
            LoggerNoiseIntegrationTests.Wait(() => session.Stats.ReadingsStored == 5 || run.IsCompleted, 20000, "first 5 readings never stored");
            first.Stop();
            first.Dispose(); // unplug
            LoggerNoiseIntegrationTests.Wait(() => session.Stats.State.StartsWith("waiting", StringComparison.Ordinal) || run.IsCompleted, 20000, "disconnect not noticed");

            var engine = new DemoZoutEngine();
            using var second = new VirtualMeterPty(engine, new IemLibraryAdapter(new IemLibrary()), ServeCommand.VirtualIdentity(), null, link).Start();
            LoggerNoiseIntegrationTests.Wait(() => session.Stats.Reconnects == 1 || run.IsCompleted, 20000, "never reconnected");
            LoggerNoiseIntegrationTests.Wait(() => session.Stats.State.StartsWith("connected", StringComparison.Ordinal) && second.Service.LastSequence == 0, 20000, "handshake");
            second.Invoke(() => second.Service.PublishResult(engine.Measure(JackType.Se35, new OutputLine(new NullLink()))));
            LoggerNoiseIntegrationTests.Wait(() => session.Stats.ReadingsStored == 5 + 12 || run.IsCompleted, 20000, "readings after reconnect never stored");
            LoggerNoiseIntegrationTests.Wait(() => session.Stats.FitsStored == 2, 20000, "fits never stored");
            cts.Cancel();
            Assert.IsTrue(run.Wait(TimeSpan.FromSeconds(30)));
            second.Stop();
        }
        finally
        {
            cts.Cancel();
            first.Dispose();
        }

        Assert.IsFalse(run.IsFaulted, run.Exception?.ToString());
        Assert.AreEqual(0L, session.Stats.MissingRecords);
        Assert.AreEqual(0L, session.Stats.Duplicates, "seq 1 of the rebooted meter is not a repeat");
        using var c = new SqliteConnection("Data Source=" + db + ";Pooling=False");
        c.Open();
        using var q = c.CreateCommand();
        q.CommandText = "SELECT epoch, COUNT(*), MIN(seq), MAX(seq) FROM reading GROUP BY epoch ORDER BY epoch";
        using var r = q.ExecuteReader();
        Assert.IsTrue(r.Read());
        Assert.AreEqual((0L, 5L, 1L, 5L), (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3)));
        Assert.IsTrue(r.Read());
        Assert.AreEqual((1L, 12L, 1L, 13L), (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3)));
        r.Close();
        q.CommandText = "SELECT COUNT(*) FROM link_event WHERE kind IN ('disconnect', 'reconnect', 'restart')";
        Assert.AreEqual(3L, (long)q.ExecuteScalar()!);
    }

    private sealed class NullLink : ImpedanceMeter.Core.Ports.ISerialLink
    {
        public int Read(byte[] buffer, int offset, int count) => 0;

        public void Write(byte[] buffer, int offset, int count)
        {
        }
    }
}
