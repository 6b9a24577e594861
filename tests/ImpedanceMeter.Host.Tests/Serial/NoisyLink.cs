using System.Text;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Host.Tests.Serial;

/// <summary>Kinds of line damage the noise injector applies.</summary>
public enum Damage
{
    None,
    FlipBit,
    DropByte,
    DuplicateByte,
    Overlong,
    DropLineFeed,
    RepeatLine,
}

/// <summary>One $ZOUT line as the meter sent it, and whether it reached the PC intact.</summary>
public sealed record SentRecord(long Sequence, string Body, Damage Damage, bool Intact, bool ExpectDuplicate);

/// <summary>
/// Wraps the meter's link and damages whole output lines (every Write is one line) with a
/// fixed-seed LCG: flipped bits, dropped or duplicated bytes, 300 inserted bytes (overlong),
/// dropped line feeds (which also ruin the next line) and repeated lines. It records every
/// $ZOUT line and whether its bytes reached the wire unchanged and delimited.
/// </summary>
public sealed class NoisyLink : ISerialLink
{
    private readonly ISerialLink _inner;
    private readonly double _rate;
    private uint _seed;
    private bool _previousLineFeedDropped;
    private readonly List<SentRecord> _sent = new();
    private readonly object _gate = new();

    public NoisyLink(ISerialLink inner, uint seed, double rate)
    {
        _inner = inner;
        _seed = seed;
        _rate = rate;
    }

    public int OverlongInjected { get; private set; }

    /// <summary>Lines of any kind damaged (repeats not counted).</summary>
    public int DamagedLines { get; private set; }

    public SentRecord[] Sent
    {
        get
        {
            lock (_gate)
            {
                return _sent.ToArray();
            }
        }
    }

    public int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

    public void Write(byte[] buffer, int offset, int count)
    {
        var line = new List<byte>(buffer.Skip(offset).Take(count));
        int bodyEnd = line.Count - 2; // before CR LF
        Damage damage = Next(10000) < _rate * 10000 ? (Damage)(1 + Next(6)) : Damage.None;
        switch (damage)
        {
            case Damage.FlipBit:
                int at = Next(bodyEnd);
                line[at] ^= (byte)(1 << Next(8));
                break;
            case Damage.DropByte:
                line.RemoveAt(Next(bodyEnd));
                break;
            case Damage.DuplicateByte:
                int d = Next(bodyEnd);
                line.Insert(d, line[d]);
                break;
            case Damage.Overlong:
                int o = Next(bodyEnd);
                line.InsertRange(o, Enumerable.Range(0, 300).Select(_ => (byte)('!' + Next(90))));
                OverlongInjected++;
                break;
            case Damage.DropLineFeed:
                line.RemoveAt(line.Count - 1);
                break;
        }

        if (damage is not (Damage.None or Damage.RepeatLine))
        {
            DamagedLines++;
        }

        string text = Encoding.ASCII.GetString(buffer, offset, count);
        if (text.StartsWith("$ZOUT,", StringComparison.Ordinal))
        {
            bool intact = damage == Damage.RepeatLine || (damage == Damage.None && !_previousLineFeedDropped);
            long seq = long.Parse(text.Split(',')[1]);
            lock (_gate)
            {
                _sent.Add(new SentRecord(seq, text[..text.IndexOf('*')], damage, intact, damage == Damage.RepeatLine && !_previousLineFeedDropped));
            }
        }

        _previousLineFeedDropped = damage == Damage.DropLineFeed;
        byte[] bytes = line.ToArray();
        _inner.Write(bytes, 0, bytes.Length);
        if (damage == Damage.RepeatLine)
        {
            _inner.Write(bytes, 0, bytes.Length);
        }
    }

    private int Next(int bound)
    {
        _seed = (_seed * 1664525) + 1013904223;
        return (int)((_seed >> 8) % (uint)bound);
    }
}
