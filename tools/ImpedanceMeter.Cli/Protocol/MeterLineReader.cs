namespace ImpedanceMeter.Cli.Protocol;

/// <summary>
/// Splits the byte stream from the meter into lines in a bounded buffer: LF ends a line, CR is
/// dropped; a run longer than <see cref="MaxLineLength"/> without LF is reported once as
/// <see cref="MeterLineKind.Overlong"/> and skipped up to its LF.
/// </summary>
public sealed class MeterLineReader
{
    /// <summary>Longest line accepted, bytes (the meter's limit is 264 including checksum and CR LF).</summary>
    public const int MaxLineLength = 300;

    private readonly byte[] _line = new byte[MaxLineLength];
    private int _length;
    private bool _overlong;

    /// <summary>Feeds bytes; calls <paramref name="onLine"/> for every completed or discarded line.</summary>
    public void Feed(byte[] buffer, int offset, int count, Action<MeterLine> onLine)
    {
        for (int i = offset; i < offset + count; i++)
        {
            byte b = buffer[i];
            if (b == (byte)'\n')
            {
                if (_overlong)
                {
                    _overlong = false;
                }
                else if (_length > 0)
                {
                    onLine(MeterLine.FromBytes(_line, _length));
                }

                _length = 0;
                continue;
            }

            if (b == (byte)'\r' || _overlong)
            {
                continue;
            }

            if (_length == MaxLineLength)
            {
                _overlong = true;
                onLine(new MeterLine(MeterLineKind.Overlong, string.Empty, System.Text.Encoding.Latin1.GetString(_line, 0, 40) + "…"));
                _length = 0;
                continue;
            }

            _line[_length++] = b;
        }
    }

    /// <summary>Forgets a partial line (after a reconnect).</summary>
    public void Reset()
    {
        _length = 0;
        _overlong = false;
    }
}
