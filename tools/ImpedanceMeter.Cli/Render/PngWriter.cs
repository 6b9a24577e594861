using System.Buffers.Binary;
using System.IO.Compression;
using ImpedanceMeter.Core.Storage;
using ImpedanceMeter.Core.Ui;

namespace ImpedanceMeter.Cli.Render;

/// <summary>
/// Writes a framebuffer as a 1-bit grayscale PNG (RFC 2083 / ISO 15948): IHDR, one zlib IDAT
/// (System.IO.Compression.ZLibStream), IEND; chunk CRCs with the core's CRC-32. Lit pixels are
/// white on black, like the OLED. Each pixel becomes a scale×scale block.
/// </summary>
public static class PngWriter
{
    private static readonly byte[] Signature = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };

    public static byte[] Encode(FrameBuffer fb, int scale)
    {
        if (scale < 1 || scale > 16)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), "scale must be 1–16");
        }

        int width = FrameBuffer.Width * scale;
        int height = FrameBuffer.Height * scale;
        int stride = (width + 7) / 8;
        var raw = new byte[(stride + 1) * height];
        for (int y = 0; y < height; y++)
        {
            int row = y * (stride + 1);
            raw[row] = 0; // filter type None
            for (int x = 0; x < width; x++)
            {
                if (fb.GetPixel(x / scale, y / scale))
                {
                    raw[row + 1 + (x >> 3)] |= (byte)(0x80 >> (x & 7));
                }
            }
        }

        using var output = new MemoryStream();
        output.Write(Signature);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 1; // bit depth
        ihdr[9] = 0; // colour type: grayscale
        WriteChunk(output, "IHDR", ihdr);
        using (var compressed = new MemoryStream())
        {
            using (var z = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                z.Write(raw);
            }

            WriteChunk(output, "IDAT", compressed.ToArray());
        }

        WriteChunk(output, "IEND", Array.Empty<byte>());
        return output.ToArray();
    }

    private static void WriteChunk(Stream s, string type, byte[] data)
    {
        var header = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(header, data.Length);
        for (int i = 0; i < 4; i++)
        {
            header[4 + i] = (byte)type[i];
        }

        s.Write(header);
        s.Write(data);
        uint crc = Crc32.Update(Crc32.Start, header, 4, 4);
        crc = Crc32.Finish(Crc32.Update(crc, data, 0, data.Length));
        var tail = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(tail, crc);
        s.Write(tail);
    }
}
