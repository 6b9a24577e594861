using ImpedanceMeter.Cli.Protocol;
using ImpedanceMeter.Cli.Serial;

namespace ImpedanceMeter.Cli.Logger;

/// <summary>
/// One run of the logger: opens the port (and reopens it after an unplug), identifies the meter,
/// and stores every checksum-valid record once. Damaged lines, overlong lines, sequence gaps and
/// repeats are counted and written as link events; a damaged line is never parsed for values.
/// </summary>
public sealed class LoggerSession : IDisposable
{
    private readonly LoggerOptions _options;
    private readonly Func<string, ISerialConnection> _open;
    private readonly SequenceTracker _tracker = new();
    private LogStore? _store;
    private CsvLog? _csv;
    private long _session;
    private string? _firmware;

    public LoggerStats Stats { get; } = new();

    /// <summary>Sequence tracking (gaps, epochs).</summary>
    public SequenceTracker Tracker => _tracker;

    /// <summary>Session id in the database (0 without one).</summary>
    public long SessionId => _session;

    public LoggerSession(LoggerOptions options, Func<string, ISerialConnection>? open = null)
    {
        _options = options;
        _open = open ?? SerialConnections.Open;
    }

    /// <summary>
    /// Logs until <paramref name="stop"/> is cancelled. Throws <see cref="SerialPortException"/> when
    /// the port cannot be opened the first time (bad path, busy).
    /// </summary>
    public void Run(CancellationToken stop)
    {
        bool first = true;
        // Open the port before touching any file: a bad path or a busy port changes nothing on disk.
        ISerialConnection? port = _open(_options.Port);
        _store = _options.DatabasePath != null ? new LogStore(_options.DatabasePath) : null;
        _csv = _options.CsvPath != null ? new CsvLog(_options.CsvPath) : null;
        _session = _store?.StartSession(_options.Port, DateTime.UtcNow) ?? 0;
        MeterClient? client = null;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    port ??= _open(_options.Port);
                }
                catch (SerialPortException) when (!first && _options.Reconnect)
                {
                    Stats.State = "waiting for " + _options.Port;
                    stop.WaitHandle.WaitOne(300);
                    continue;
                }

                Stats.State = "connected to " + _options.Port;
                if (!first)
                {
                    Stats.Reconnect();
                    Event("reconnect", null, null, _options.Port);
                }

                client = Attach(port);
                try
                {
                    Handshake(client, first);
                    if (first)
                    {
                        foreach (string command in _options.StartCommands)
                        {
                            client.Query(command, _options.QueryTimeoutMs, 1).EnsureOk(command);
                        }
                    }

                    first = false;
                    while (!stop.IsCancellationRequested)
                    {
                        client.Pump(100);
                    }

                    FinishSequence(client);
                }
                catch (SerialPortException e) when (e.Disconnected)
                {
                    first = false;
                    Stats.Problem("disconnected: " + e.Message);
                    Event("disconnect", null, null, e.Message);
                    if (!_options.Reconnect)
                    {
                        Stats.State = "disconnected";
                        break;
                    }

                    Stats.State = "waiting for " + _options.Port;
                }
                finally
                {
                    port.Dispose();
                    port = null;
                }
            }
        }
        finally
        {
            port?.Dispose();
            _store?.EndSession(_session, DateTime.UtcNow, Stats);
        }
    }

    private MeterClient Attach(ISerialConnection port)
    {
        var client = new MeterClient(port)
        {
            OnRecord = OnRecord,
            OnDamaged = OnDamaged,
        };
        return client;
    }

    private void Handshake(MeterClient client, bool firstConnection)
    {
        QueryResult idn = client.Query("*IDN?", _options.QueryTimeoutMs, _options.QueryAttempts).EnsureOk("*IDN?");
        QueryResult vers = client.Query("SYST:VERS?", _options.QueryTimeoutMs, _options.QueryAttempts).EnsureOk("SYST:VERS?");
        string id = idn.Lines.Count > 0 ? idn.Lines[0] : "?";
        string protocol = vers.Lines.Count > 0 ? vers.Lines[0] : "?";
        if (!protocol.StartsWith("1.", StringComparison.Ordinal))
        {
            throw new MeterException("meter speaks protocol " + protocol + ", this logger understands 1.x");
        }

        string[] fields = id.Split(',');
        _firmware = fields.Length == 4 ? fields[3] : null;
        Stats.Meter = id;
        _store?.SetMeter(_session, id, _firmware ?? string.Empty, protocol);
        QueryResult seq = client.Query("SYST:SEQ?", _options.QueryTimeoutMs, _options.QueryAttempts).EnsureOk("SYST:SEQ?");
        if (seq.Lines.Count != 1 || !long.TryParse(seq.Lines[0], out long last))
        {
            throw new MeterException("SYST:SEQ?: malformed answer");
        }

        var (restarted, gap) = _tracker.Resync(last, firstConnection);
        if (restarted)
        {
            Stats.Problem("meter restarted while disconnected");
            Event("restart", null, null, "meter restarted while disconnected");
        }

        if (gap != null)
        {
            ReportGap(gap.Value);
        }
    }

    private void FinishSequence(MeterClient client)
    {
        try
        {
            QueryResult seq = client.Query("SYST:SEQ?", _options.QueryTimeoutMs, _options.QueryAttempts);
            if (seq.Ok && seq.Lines.Count == 1 && long.TryParse(seq.Lines[0], out long last))
            {
                var gap = _tracker.Finish(last);
                if (gap != null)
                {
                    ReportGap(gap.Value);
                }
            }
        }
        catch (MeterException e)
        {
            Stats.Problem("could not read the last sequence number: " + e.Message);
        }
    }

    private void OnRecord(string body)
    {
        Stats.Line();
        DateTime now = DateTime.UtcNow;
        string[] head = body.Split(',', 3);
        if (head.Length < 2 || !long.TryParse(head[1], System.Globalization.NumberStyles.None, null, out long seq) || seq < 1)
        {
            Stats.Unknown();
            Event("unknown_record", null, null, body);
            return;
        }

        if (_tracker.Observe(seq, out var gap, out bool restarted) == SequenceVerdict.Duplicate)
        {
            Stats.Duplicate();
            Event("duplicate", seq, seq, null);
            return;
        }

        if (restarted)
        {
            Event("restart", seq, seq, "meter restarted its sequence");
        }

        if (gap != null)
        {
            ReportGap(gap.Value);
        }

        if (Reading.TryParse(body, out Reading r))
        {
            _store?.AddReading(_session, _tracker.Epoch, r, now, _firmware);
            _csv?.Add(_session, now, r, _firmware);
            Stats.LastReading = r;
            Stats.Stored();
        }
        else if (FitRecord.TryParse(body, out FitRecord fit))
        {
            _store?.AddFit(_session, _tracker.Epoch, fit, now);
            Stats.Fit();
        }
        else
        {
            Stats.Unknown();
            Event("unknown_record", seq, seq, body);
        }
    }

    private void OnDamaged(MeterLine line)
    {
        Stats.Line();
        if (line.Kind == MeterLineKind.Overlong)
        {
            Stats.Overlong();
            Stats.Problem("overlong line discarded");
            Event("overlong", null, null, line.Raw);
        }
        else
        {
            Stats.Bad();
            Stats.Problem("bad checksum: " + Shorten(line.Raw));
            Event("bad_checksum", null, null, line.Raw);
        }
    }

    private void ReportGap((long First, long Last) gap)
    {
        Stats.Missing(gap.Last - gap.First + 1);
        Stats.Problem(gap.First == gap.Last ? "missing record " + gap.First : "missing records " + gap.First + "–" + gap.Last);
        Event("gap", gap.First, gap.Last, null);
    }

    private void Event(string kind, long? first, long? last, string? detail)
    {
        _store?.AddEvent(_session, DateTime.UtcNow, kind, _tracker.Epoch, first, last, detail == null ? null : Shorten(detail, 200));
    }

    private static string Shorten(string s, int max = 60) => s.Length <= max ? s : s[..max] + "…";

    public void Dispose()
    {
        _csv?.Dispose();
        _store?.Dispose();
    }
}
