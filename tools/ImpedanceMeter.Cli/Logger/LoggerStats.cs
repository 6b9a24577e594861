namespace ImpedanceMeter.Cli.Logger;

/// <summary>Counters of a logging session, updated by the session thread and read by the live view.</summary>
public sealed class LoggerStats
{
    private long _lines, _stored, _bad, _overlong, _missing, _dups, _reconnects, _fits, _unknown;

    public long LinesReceived => Interlocked.Read(ref _lines);
    public long ReadingsStored => Interlocked.Read(ref _stored);
    public long FitsStored => Interlocked.Read(ref _fits);
    public long BadLines => Interlocked.Read(ref _bad);
    public long OverlongLines => Interlocked.Read(ref _overlong);
    public long MissingRecords => Interlocked.Read(ref _missing);
    public long Duplicates => Interlocked.Read(ref _dups);
    public long Reconnects => Interlocked.Read(ref _reconnects);
    public long UnknownRecords => Interlocked.Read(ref _unknown);

    /// <summary>Connection state for the live view ("connected", "waiting for /dev/ttyUSB0" …).</summary>
    public volatile string State = "starting";

    /// <summary>Meter identity (*IDN?) once known.</summary>
    public volatile string Meter = "?";

    /// <summary>The last stored reading, for the live view.</summary>
    public volatile Protocol.Reading? LastReading;

    /// <summary>The last few problems, newest last (for the live view).</summary>
    public readonly System.Collections.Concurrent.ConcurrentQueue<string> RecentProblems = new();

    internal void Line() => Interlocked.Increment(ref _lines);
    internal void Stored() => Interlocked.Increment(ref _stored);
    internal void Fit() => Interlocked.Increment(ref _fits);
    internal void Bad() => Interlocked.Increment(ref _bad);
    internal void Overlong() => Interlocked.Increment(ref _overlong);
    internal void Missing(long n) => Interlocked.Add(ref _missing, n);
    internal void Duplicate() => Interlocked.Increment(ref _dups);
    internal void Reconnect() => Interlocked.Increment(ref _reconnects);
    internal void Unknown() => Interlocked.Increment(ref _unknown);

    internal void Problem(string text)
    {
        RecentProblems.Enqueue(DateTime.Now.ToString("HH:mm:ss ") + text);
        while (RecentProblems.Count > 6 && RecentProblems.TryDequeue(out _))
        {
        }
    }
}
