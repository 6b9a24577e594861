using System.Text;
using ImpedanceMeter.Core.Protocol;

namespace ImpedanceMeter.Cli.Protocol;

/// <summary>What the PC made of one line from the meter.</summary>
public enum MeterLineKind
{
    /// <summary>Checksum valid; <see cref="MeterLine.Body"/> holds the text before '*'.</summary>
    Valid,

    /// <summary>Terminated line whose checksum is missing or wrong: damaged, never trusted.</summary>
    BadChecksum,

    /// <summary>More than <see cref="MeterLineReader.MaxLineLength"/> bytes without a line feed: discarded.</summary>
    Overlong,
}

/// <summary>One received line after checksum verification (uses the core's <see cref="LineChecksum"/>).</summary>
public sealed record MeterLine(MeterLineKind Kind, string Body, string Raw)
{
    /// <summary>Checks <paramref name="length"/> bytes (CR/LF already stripped).</summary>
    public static MeterLine FromBytes(byte[] bytes, int length)
    {
        string raw = Encoding.Latin1.GetString(bytes, 0, length);
        int body = LineChecksum.Verify(bytes, length);
        return body < 0 ? new MeterLine(MeterLineKind.BadChecksum, string.Empty, raw) : new MeterLine(MeterLineKind.Valid, raw[..body], raw);
    }

    /// <summary>Frames <paramref name="body"/> as the meter would ("body*CRC32HEX"), for tests and docs.</summary>
    public static string Frame(string body)
    {
        byte[] b = new byte[body.Length + LineChecksum.SuffixLength];
        Encoding.ASCII.GetBytes(body, 0, body.Length, b, 0);
        LineChecksum.Append(b, body.Length);
        return Encoding.ASCII.GetString(b);
    }
}
