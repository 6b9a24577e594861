namespace ImpedanceMeter.Cli.Protocol;

/// <summary>What <see cref="SequenceTracker.Observe"/> decided about a record.</summary>
public enum SequenceVerdict
{
    /// <summary>First time this sequence number is seen: store it.</summary>
    New,

    /// <summary>Seen already in this epoch: a repeated line, do not store again.</summary>
    Duplicate,
}

/// <summary>
/// Follows record sequence numbers: reports every missing range once, rejects repeats, and starts
/// a new epoch when the meter restarts counting (a number at or below 1 after higher ones, or a
/// jump backwards by more than <see cref="RestartWindow"/>).
/// </summary>
public sealed class SequenceTracker
{
    /// <summary>A backwards jump larger than this means the meter restarted.</summary>
    public const long RestartWindow = 100000;

    private readonly HashSet<long> _seen = new();
    private readonly List<(int Epoch, long First, long Last)> _gaps = new();

    /// <summary>Current epoch (0 at start, +1 per meter restart).</summary>
    public int Epoch { get; private set; }

    /// <summary>Highest sequence number seen in this epoch (0 = none).</summary>
    public long Highest { get; private set; }

    /// <summary>Every missing range reported so far (epoch, first, last).</summary>
    public IReadOnlyList<(int Epoch, long First, long Last)> Gaps => _gaps;

    /// <summary>Total missing sequence numbers.</summary>
    public long MissingCount => _gaps.Sum(g => g.Last - g.First + 1);

    /// <summary>
    /// Records one sequence number; <paramref name="gap"/> is the missing range it reveals, if any.
    /// On a serial link lines never overtake each other, so a number at or below the highest seen
    /// is a repeated line, unless it is 1 or far below (then the meter restarted counting).
    /// </summary>
    public SequenceVerdict Observe(long seq, out (long First, long Last)? gap, out bool restarted)
    {
        gap = null;
        restarted = false;
        if (Highest > 1 && seq < Highest && (seq == 1 || seq < Highest - RestartWindow))
        {
            NewEpoch(0);
            restarted = true;
        }

        if (!_seen.Add(seq))
        {
            return SequenceVerdict.Duplicate;
        }

        if (seq > Highest + 1)
        {
            gap = (Highest + 1, seq - 1);
            _gaps.Add((Epoch, Highest + 1, seq - 1));
        }

        if (seq > Highest)
        {
            Highest = seq;
        }

        return SequenceVerdict.New;
    }

    /// <summary>
    /// After (re)connecting, the meter said its last record was <paramref name="lastSent"/>. On the
    /// first connection that is the baseline (earlier records were not ours to log); later, a
    /// lower number means the meter restarted (new epoch) and anything above what we saw was lost
    /// while disconnected and is reported as a gap.
    /// </summary>
    public (bool Restarted, (long First, long Last)? Gap) Resync(long lastSent, bool firstConnection)
    {
        if (firstConnection && Highest == 0)
        {
            NewEpoch(lastSent);
            Epoch = 0;
            return (false, null);
        }

        bool restarted = lastSent < Highest;
        if (restarted)
        {
            NewEpoch(0);
        }

        return (restarted, Finish(lastSent));
    }

    private void NewEpoch(long baseline)
    {
        Epoch++;
        _seen.Clear();
        Highest = baseline;
    }

    /// <summary>At the end: the meter said its last sequence was <paramref name="lastSent"/>; reports a trailing gap.</summary>
    public (long First, long Last)? Finish(long lastSent)
    {
        if (lastSent > Highest)
        {
            var gap = (Highest + 1, lastSent);
            _gaps.Add((Epoch, Highest + 1, lastSent));
            Highest = lastSent;
            return gap;
        }

        return null;
    }
}
