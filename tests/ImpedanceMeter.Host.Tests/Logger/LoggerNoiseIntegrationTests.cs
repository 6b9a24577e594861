using ImpedanceMeter.Cli.Logger;
using ImpedanceMeter.Cli.Protocol;
using ImpedanceMeter.Cli.Serial;
using ImpedanceMeter.Core.Protocol;
using ImpedanceMeter.Host.Tests.Serial;
using Microsoft.Data.Sqlite;

namespace ImpedanceMeter.Host.Tests.Logger;

/// <summary>
/// The logger against the virtual meter over a real openpty pair, with line noise injected on
/// the meter's output: every intact reading is stored exactly once with its exact value, every
/// damaged reading is reported as missing, and nothing damaged is stored.
/// </summary>
[TestClass]
public class LoggerNoiseIntegrationTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(120000, CooperativeCancellation = true)]
    public void ThousandNoisyReadingsStoreEveryIntactOneOnceAndReportEveryDamagedOne()
    {
        string dir = Directory.CreateTempSubdirectory("imeter-log-").FullName;
        string db = Path.Combine(dir, "log.sqlite");
        string csv = Path.Combine(dir, "log.csv");
        NoisyLink? noisy = null;
        using var meter = new VirtualMeterPty(new DemoZoutEngine(), new IemLibraryAdapter(new ImpedanceMeter.Core.Verdict.IemLibrary()), new DeviceIdentity { Serial = "PTY1" },
            link => noisy = new NoisyLink(link, 20261122, 0.25)).Start();
        var options = new LoggerOptions
        {
            Port = meter.DevicePath,
            DatabasePath = db,
            CsvPath = csv,
            StartCommands = new[] { "CONF:SRC \"Noisy DAP\"", "MEAS:CONT 1000" },
            Reconnect = false,
        };
        using var cts = new CancellationTokenSource();
        LoggerStats stats;
        SequenceTracker tracker;
        using (var session = new LoggerSession(options))
        {
            Task run = Task.Run(() => session.Run(cts.Token));
            Wait(() => noisy!.Sent.Length >= 1000 || run.IsCompleted, 60000, "meter never sent 1000 readings");
            Assert.IsFalse(run.IsFaulted, run.Exception?.ToString());
            Wait(() => meter.Service.ContinuousRemaining == 0, 30000, "continuous readings never ended");
            WaitQuiet(session.Stats, 600, 30000);
            cts.Cancel();
            Assert.IsTrue(run.Wait(TimeSpan.FromSeconds(30)), "logger did not stop");
            stats = session.Stats;
            tracker = session.Tracker;
        }

        meter.Stop();
        SentRecord[] sent = noisy!.Sent;
        var stored = ReadStored(db);

        var intact = sent.Where(s => s.Intact).ToDictionary(s => s.Sequence);
        var damaged = sent.Where(s => !s.Intact).ToList();
        TestContext.WriteLine($"sent {sent.Length}, intact {intact.Count}, damaged {damaged.Count}, stored {stored.Count}, " +
            $"bad lines {stats.BadLines}, overlong {stats.OverlongLines}, missing {stats.MissingRecords}, duplicates {stats.Duplicates}");

        Assert.IsTrue(sent.Length >= 1000, "sent " + sent.Length);
        Assert.IsTrue(damaged.Count > 100, "noise too weak to prove anything: " + damaged.Count);
        Assert.AreEqual(0L, ((PtyMasterLink)Unwrap(meter)).DroppedBytes, "the pty dropped bytes: the test would be measuring the wrong thing");

        // Every intact reading stored once, with exactly the value sent.
        CollectionAssert.AreEquivalent(intact.Keys.ToList(), stored.Keys.ToList());
        foreach (var (seq, body) in stored)
        {
            Assert.IsTrue(Reading.TryParse(intact[seq].Body, out Reading original));
            Assert.AreEqual(original, body, "stored value differs from the one sent, seq " + seq);
        }

        // Every damaged reading reported as missing; damaged lines and repeats all counted.
        foreach (SentRecord d in damaged)
        {
            Assert.IsTrue(tracker.Gaps.Any(g => d.Sequence >= g.First && d.Sequence <= g.Last), "damaged seq " + d.Sequence + " not reported");
        }

        Assert.AreEqual((long)damaged.Count, stats.MissingRecords, "missing count");
        // Each injected overlong line is seen once; runs of dropped line feeds can merge short lines into extra overlong ones.
        Assert.IsTrue(stats.OverlongLines >= noisy.OverlongInjected, "overlong lines injected " + noisy.OverlongInjected + " seen " + stats.OverlongLines);
        Assert.IsTrue(stats.OverlongLines <= noisy.OverlongInjected + sent.Count(s => s.Damage == Damage.DropLineFeed), "overlong lines seen " + stats.OverlongLines);
        Assert.AreEqual((long)sent.Count(s => s.ExpectDuplicate), stats.Duplicates, "duplicates");
        Assert.IsTrue(stats.BadLines >= damaged.Count(d => d.Damage is Damage.FlipBit or Damage.DropByte or Damage.DuplicateByte));
        Assert.AreEqual(stats.MissingRecords, CountGapRecords(db));

        // CSV has the same rows.
        Assert.AreEqual(intact.Count + 1, File.ReadAllLines(csv).Length);
        Directory.Delete(dir, true);
    }

    private static object Unwrap(VirtualMeterPty meter)
    {
        var field = typeof(NoisyLink).GetField("_inner", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        return field.GetValue(meter.Link)!;
    }

    internal static Dictionary<long, Reading> ReadStored(string db)
    {
        var result = new Dictionary<long, Reading>();
        using var c = new SqliteConnection("Data Source=" + db + ";Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT seq, source_name, jack, leg, frequency_mhz, zout_re_uohm, zout_im_uohm, status, calibration_id FROM reading";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var reading = new Reading(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6), r.GetString(7), r.GetInt32(8));
            Assert.IsTrue(result.TryAdd(reading.Sequence, reading), "stored twice: " + reading.Sequence);
        }

        return result;
    }

    private static long CountGapRecords(string db)
    {
        using var c = new SqliteConnection("Data Source=" + db + ";Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COALESCE(SUM(last_seq - first_seq + 1), 0) FROM link_event WHERE kind = 'gap'";
        return (long)cmd.ExecuteScalar()!;
    }

    internal static void Wait(Func<bool> condition, int timeoutMs, string message)
    {
        DateTime end = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition())
        {
            Assert.IsTrue(DateTime.UtcNow < end, message);
            Thread.Sleep(20);
        }
    }

    internal static void WaitQuiet(LoggerStats stats, int quietMs, int timeoutMs)
    {
        DateTime end = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        long last = -1;
        while (DateTime.UtcNow < end)
        {
            long now = stats.LinesReceived;
            if (now == last)
            {
                return;
            }

            last = now;
            Thread.Sleep(quietMs);
        }
    }
}
