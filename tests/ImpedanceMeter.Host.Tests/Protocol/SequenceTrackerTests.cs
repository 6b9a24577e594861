using FsCheck;
using FsCheck.Fluent;
using ImpedanceMeter.Cli.Protocol;

namespace ImpedanceMeter.Host.Tests.Protocol;

[TestClass]
public class SequenceTrackerTests
{
    /// <summary>
    /// Property: whatever subset of 1..N survives and whichever survivors are repeated, the tracker
    /// accepts each survivor once, and its gaps (with the meter's last number) are exactly the lost ones.
    /// </summary>
    [TestMethod]
    public void SurvivorsOnceAndGapsExactlyTheLostOnes()
    {
        Prop.ForAll<byte[]>(fate =>
        {
            var t = new SequenceTracker();
            var accepted = new List<long>();
            int duplicates = 0;
            for (int i = 0; i < fate.Length; i++)
            {
                long seq = i + 1;
                int f = fate[i] % 4; // 0 lost, 1 once, 2 twice, 3 three times
                for (int k = 0; k < f; k++)
                {
                    if (t.Observe(seq, out _, out bool restarted) == SequenceVerdict.New)
                    {
                        accepted.Add(seq);
                    }
                    else
                    {
                        duplicates++;
                    }

                    if (restarted)
                    {
                        return false;
                    }
                }
            }

            t.Finish(fate.Length);
            var lost = Enumerable.Range(1, fate.Length).Where(i => fate[i - 1] % 4 == 0).Select(i => (long)i).ToList();
            var reported = t.Gaps.SelectMany(g => Enumerable.Range((int)g.First, (int)(g.Last - g.First + 1)).Select(x => (long)x)).ToList();
            var survivors = Enumerable.Range(1, fate.Length).Where(i => fate[i - 1] % 4 != 0).Select(i => (long)i);
            return accepted.SequenceEqual(survivors) && reported.SequenceEqual(lost)
                && duplicates == fate.Sum(b => Math.Max(0, (b % 4) - 1));
        }).QuickCheckThrowOnFailure();
    }

    [TestMethod]
    public void SequenceBackToOneIsARestartNotARepeat()
    {
        var t = new SequenceTracker();
        for (int i = 1; i <= 5; i++)
        {
            t.Observe(i, out _, out _);
        }

        Assert.AreEqual(SequenceVerdict.New, t.Observe(1, out var gap, out bool restarted));
        Assert.IsTrue(restarted);
        Assert.IsNull(gap);
        Assert.AreEqual(1, t.Epoch);
    }

    [TestMethod]
    public void ResyncOnFirstConnectionIsABaselineAndLaterReportsWhatWasLost()
    {
        var t = new SequenceTracker();
        Assert.AreEqual((false, ((long, long)?)null), t.Resync(40, firstConnection: true));
        Assert.AreEqual(SequenceVerdict.New, t.Observe(41, out var gap, out _));
        Assert.IsNull(gap, "records before we connected are not ours");
        var (restarted, lost) = t.Resync(45, firstConnection: false);
        Assert.IsFalse(restarted);
        Assert.AreEqual((42L, 45L), lost);
        (restarted, lost) = t.Resync(3, firstConnection: false);
        Assert.IsTrue(restarted);
        Assert.AreEqual((1L, 3L), lost);
    }
}
