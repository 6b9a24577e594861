using System.Text;
using ImpedanceMeter.Core.Ui;

namespace ImpedanceMeter.Cli.Render;

/// <summary>
/// Plain PBM (Netpbm "P1", ASCII, 1 = lit pixel) for golden screens: diffable in git and
/// readable by any image viewer.
/// </summary>
public static class PbmFormat
{
    public static string Write(FrameBuffer fb)
    {
        var sb = new StringBuilder();
        sb.Append("P1\n").Append(FrameBuffer.Width).Append(' ').Append(FrameBuffer.Height).Append('\n');
        for (int y = 0; y < FrameBuffer.Height; y++)
        {
            for (int x = 0; x < FrameBuffer.Width; x++)
            {
                sb.Append(fb.GetPixel(x, y) ? '1' : '0');
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Reads a P1 file of 128x64 into a new framebuffer; throws on anything else.</summary>
    public static FrameBuffer Read(string text)
    {
        var tokens = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            string l = line.Trim();
            if (l.Length == 0 || l.StartsWith('#'))
            {
                continue;
            }

            tokens.Add(l);
        }

        if (tokens.Count < 2 || tokens[0] != "P1" || tokens[1] != FrameBuffer.Width + " " + FrameBuffer.Height)
        {
            throw new FormatException("not a 128x64 plain PBM");
        }

        var bits = string.Concat(tokens.Skip(2)).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (bits.Length != FrameBuffer.Width * FrameBuffer.Height)
        {
            throw new FormatException("PBM has " + bits.Length + " pixels, expected " + (FrameBuffer.Width * FrameBuffer.Height));
        }

        var fb = new FrameBuffer();
        for (int i = 0; i < bits.Length; i++)
        {
            fb.SetPixel(i % FrameBuffer.Width, i / FrameBuffer.Width, bits[i] == '1');
        }

        return fb;
    }
}
