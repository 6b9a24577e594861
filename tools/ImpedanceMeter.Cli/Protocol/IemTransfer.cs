using System.Globalization;
using ImpedanceMeter.Core.Protocol;
using ImpedanceMeter.Core.Text;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Cli.Protocol;

/// <summary>
/// Moves IEM curves between the PC and the meter with IEM:ADD/PT/END and IEM:GET?, and checks
/// every push by reading the curve back: a curve that does not read back identically is deleted
/// again and the push fails.
/// </summary>
public sealed class IemTransfer
{
    private readonly MeterClient _meter;
    private readonly int _timeoutMs;

    public IemTransfer(MeterClient meter, int timeoutMs = 1500)
    {
        _meter = meter;
        _timeoutMs = timeoutMs;
    }

    /// <summary>Names on the meter, in index order, and the selected index (−1 = none).</summary>
    public (IReadOnlyList<string> Names, int Selected) List()
    {
        var lines = _meter.Query("IEM:LIST?", _timeoutMs, 4).EnsureOk("IEM:LIST?").Lines;
        var names = new List<string>();
        int selected = -1;
        foreach (string line in lines)
        {
            int comma = line.IndexOf(',');
            int end = line.LastIndexOf("\",", StringComparison.Ordinal);
            if (comma < 0 || end <= comma + 1 || line[comma + 1] != '"')
            {
                throw new MeterException("IEM:LIST?: malformed line '" + line + "'");
            }

            names.Add(line[(comma + 2)..end]);
            if (line[(end + 2)..] == "1")
            {
                selected = names.Count - 1;
            }
        }

        return (names, selected);
    }

    /// <summary>Uploads <paramref name="profile"/> (replacing a same-named user entry if asked) and verifies it.</summary>
    public void Push(IemProfile profile, bool replace, int attempts = 3)
    {
        string? problem = profile.Validate();
        if (problem != null)
        {
            throw new ArgumentException("curve not valid: " + problem);
        }

        if (!ProtocolNames.IsValidIemName(profile.Name))
        {
            throw new ArgumentException("name '" + profile.Name + "' cannot be sent: use 1-32 printable characters without \" * |");
        }

        string q = Quote(profile.Name);
        if (List().Names.Any(n => string.Equals(n, profile.Name, StringComparison.OrdinalIgnoreCase)))
        {
            if (!replace)
            {
                throw new ArgumentException("the meter already has an IEM named '" + profile.Name + "' (use --replace)");
            }

            _meter.Query("IEM:DEL " + q, _timeoutMs).EnsureOk("IEM:DEL");
        }

        for (int attempt = 1; ; attempt++)
        {
            try
            {
                _meter.Query("IEM:ABORT", _timeoutMs).EnsureOk("IEM:ABORT");
                _meter.Query("IEM:ADD " + q + " " + FixedFormat.Format(profile.NominalMilliOhms, 3, 3) + " " + profile.CurveCount, _timeoutMs).EnsureOk("IEM:ADD");
                for (int i = 0; i < profile.CurveCount; i++)
                {
                    _meter.Query("IEM:PT " + FixedFormat.Format(profile.FrequencyMilliHertz[i], 3, 3) + " " + FixedFormat.Format(profile.MagnitudeMilliOhms[i], 3, 3)
                        + " " + FixedFormat.Format(profile.PhaseCentiDegrees[i], 2, 2), _timeoutMs).EnsureOk("IEM:PT " + (i + 1));
                }

                _meter.Query("IEM:END", _timeoutMs).EnsureOk("IEM:END");
                break;
            }
            catch (MeterException) when (attempt < attempts)
            {
                // A damaged answer leaves the outcome unknown: start the upload again from scratch.
                _meter.DrainQuiet(100, _timeoutMs);
                if (List().Names.Any(n => string.Equals(n, profile.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    _meter.Query("IEM:DEL " + q, _timeoutMs).EnsureOk("IEM:DEL");
                }
            }
        }

        IemProfile back = Pull(profile.Name);
        string? diff = Compare(profile, back);
        if (diff != null)
        {
            _meter.Query("IEM:DEL " + q, _timeoutMs);
            throw new MeterException("read-back differs (" + diff + "); the curve was deleted from the meter again");
        }
    }

    /// <summary>Reads the curve named <paramref name="name"/> from the meter.</summary>
    public IemProfile Pull(string name)
    {
        var r = _meter.Query("IEM:GET? " + Quote(name), _timeoutMs, 4);
        if (!r.Ok)
        {
            throw new MeterException("IEM:GET? " + name + ": " + r.ErrorText);
        }

        string head = r.Lines.Count > 0 ? r.Lines[0] : string.Empty;
        int end = head.LastIndexOf("\",", StringComparison.Ordinal);
        string[] tail = end > 0 ? head[(end + 2)..].Split(',') : Array.Empty<string>();
        if (!head.StartsWith('"') || tail.Length != 2 || !FixedFormat.TryParse(tail[0], 3, out long nominal) || !int.TryParse(tail[1], out int n) || r.Lines.Count != n + 1)
        {
            throw new MeterException("IEM:GET?: malformed answer '" + head + "'");
        }

        var p = new IemProfile
        {
            Name = head[1..end],
            NominalMilliOhms = (int)nominal,
            Origin = IemOrigin.UserMeasurement,
            Source = "pulled from meter",
            FrequencyMilliHertz = new int[n],
            MagnitudeMilliOhms = new int[n],
            PhaseCentiDegrees = new int[n],
        };
        for (int i = 0; i < n; i++)
        {
            string[] f = r.Lines[i + 1].Split(',');
            if (f.Length != 3 || !FixedFormat.TryParse(f[0], 3, out long hz) || !FixedFormat.TryParse(f[1], 3, out long mag) || !FixedFormat.TryParse(f[2], 2, out long ph))
            {
                throw new MeterException("IEM:GET?: malformed point '" + r.Lines[i + 1] + "'");
            }

            p.FrequencyMilliHertz[i] = (int)hz;
            p.MagnitudeMilliOhms[i] = (int)mag;
            p.PhaseCentiDegrees[i] = (int)ph;
        }

        return p;
    }

    /// <summary>Null when the transferred fields are identical, else the first difference.</summary>
    public static string? Compare(IemProfile sent, IemProfile back)
    {
        if (!string.Equals(sent.Name, back.Name, StringComparison.Ordinal))
        {
            return "name";
        }

        if (sent.NominalMilliOhms != back.NominalMilliOhms)
        {
            return "nominal";
        }

        if (sent.CurveCount != back.CurveCount)
        {
            return "point count";
        }

        for (int i = 0; i < sent.CurveCount; i++)
        {
            if (sent.FrequencyMilliHertz[i] != back.FrequencyMilliHertz[i] || sent.MagnitudeMilliOhms[i] != back.MagnitudeMilliOhms[i] || sent.PhaseCentiDegrees[i] != back.PhaseCentiDegrees[i])
            {
                return "point " + (i + 1).ToString(CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static string Quote(string name) => "\"" + name + "\"";
}
