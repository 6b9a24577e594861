using System.Text;
using ImpedanceMeter.Cli.Serial;

namespace ImpedanceMeter.Cli.Protocol;

/// <summary>
/// The PC end of the protocol on one connection: sends commands, collects their response lines
/// up to OK/ERR, and hands records ($…), progress (#…) and damaged lines to callbacks as they
/// arrive — also while no command is running.
/// </summary>
public sealed class MeterClient
{
    private readonly ISerialConnection _port;
    private readonly MeterLineReader _reader = new();
    private readonly byte[] _rx = new byte[4096];
    private List<string>? _collecting;
    private string? _completion;
    private bool _damagedDuringQuery;

    /// <summary>Called with the body of every checksum-valid record line ('$').</summary>
    public Action<string>? OnRecord { get; set; }

    /// <summary>Called with every damaged line (bad checksum, overlong).</summary>
    public Action<MeterLine>? OnDamaged { get; set; }

    /// <summary>Called with every progress line body ('#PROG,…').</summary>
    public Action<string>? OnProgress { get; set; }

    public MeterClient(ISerialConnection port)
    {
        _port = port;
    }

    /// <summary>Reads for up to <paramref name="timeoutMs"/> and dispatches complete lines; returns bytes read.</summary>
    public int Pump(int timeoutMs)
    {
        int n = _port.Read(_rx, 0, _rx.Length, timeoutMs);
        if (n > 0)
        {
            _reader.Feed(_rx, 0, n, Dispatch);
        }

        return n;
    }

    /// <summary>
    /// Sends <paramref name="command"/> and waits for its OK/ERR. A damaged or missing answer is
    /// retried up to <paramref name="attempts"/> times; only pass attempts &gt; 1 for commands that
    /// are safe to repeat (queries). Throws <see cref="MeterException"/> when no clean answer comes.
    /// </summary>
    public QueryResult Query(string command, int timeoutMs = 2000, int attempts = 1)
    {
        for (int attempt = 1; attempt <= attempts; attempt++)
        {
            if (attempt > 1)
            {
                DrainQuiet(100, timeoutMs);
            }

            _collecting = new List<string>();
            _completion = null;
            _damagedDuringQuery = false;
            byte[] bytes = Encoding.ASCII.GetBytes(command + "\n");
            _port.Write(bytes, 0, bytes.Length);
            DateTime deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
            while (_completion == null && DateTime.UtcNow < deadline)
            {
                Pump(Math.Max(1, Math.Min(50, (int)(deadline - DateTime.UtcNow).TotalMilliseconds)));
            }

            List<string> lines = _collecting;
            string? completion = _completion;
            _collecting = null;
            // A damaged line during a query may have been one of its answer lines: queries ('?') are
            // only trusted when nothing was damaged; plain commands answer nothing but OK/ERR.
            bool isQuery = command.Split(' ', 2)[0].EndsWith('?');
            if (completion != null && (!_damagedDuringQuery || !isQuery))
            {
                if (completion == "OK")
                {
                    return new QueryResult(true, 0, string.Empty, lines);
                }

                string[] parts = completion.Split(',', 3);
                int code = parts.Length > 1 && int.TryParse(parts[1], out int c) ? c : -1;
                return new QueryResult(false, code, parts.Length > 2 ? parts[2] : completion, lines);
            }
        }

        throw new MeterException(command + ": no clean answer from the meter after " + attempts + " attempt(s)");
    }

    /// <summary>Reads until the line is quiet for <paramref name="quietMs"/> (at most <paramref name="maxMs"/>).</summary>
    public void DrainQuiet(int quietMs, int maxMs)
    {
        DateTime end = DateTime.UtcNow.AddMilliseconds(maxMs);
        while (DateTime.UtcNow < end && Pump(quietMs) > 0)
        {
        }
    }

    private void Dispatch(MeterLine line)
    {
        if (line.Kind != MeterLineKind.Valid)
        {
            if (_collecting != null)
            {
                _damagedDuringQuery = true;
            }

            OnDamaged?.Invoke(line);
            return;
        }

        string body = line.Body;
        if (body.StartsWith('$'))
        {
            OnRecord?.Invoke(body);
            return;
        }

        if (body.StartsWith('#'))
        {
            OnProgress?.Invoke(body);
            return;
        }

        if (_collecting == null)
        {
            return; // a stray answer to a command that timed out earlier
        }

        if (body == "OK" || body.StartsWith("ERR,", StringComparison.Ordinal))
        {
            _completion = body;
        }
        else
        {
            _collecting.Add(body);
        }
    }
}
