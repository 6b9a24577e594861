using System.Buffers.Binary;
using System.IO.Compression;
using ImpedanceMeter.Cli.Render;
using ImpedanceMeter.Core.Ui;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ImpedanceMeter.Host.Tests.Ui;

[TestClass]
public class PngWriterTests
{
    [TestMethod]
    public void PngDecodesBackToTheScaledFrame()
    {
        var fb = new FrameBuffer();
        fb.SetPixel(0, 0, true);
        fb.SetPixel(127, 63, true);
        fb.DrawLine(10, 10, 60, 30);
        byte[] png = PngWriter.Encode(fb, 4);
        CollectionAssert.AreEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.AreEqual(512, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.AreEqual(256, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));

        // Walk the chunks, check every CRC, inflate IDAT.
        int pos = 8;
        var idat = new MemoryStream();
        while (pos < png.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(pos));
            string type = System.Text.Encoding.ASCII.GetString(png, pos + 4, 4);
            uint crc = ImpedanceMeter.Core.Storage.Crc32.Compute(png, pos + 4, length + 4);
            Assert.AreEqual(crc, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos + 8 + length)), type + " CRC");
            if (type == "IDAT")
            {
                idat.Write(png, pos + 8, length);
            }

            pos += 12 + length;
        }

        idat.Position = 0;
        using var z = new ZLibStream(idat, CompressionMode.Decompress);
        var raw = new MemoryStream();
        z.CopyTo(raw);
        byte[] pixels = raw.ToArray();
        int stride = 512 / 8;
        Assert.AreEqual((stride + 1) * 256, pixels.Length);
        for (int y = 0; y < 256; y++)
        {
            for (int x = 0; x < 512; x++)
            {
                bool lit = (pixels[(y * (stride + 1)) + 1 + (x >> 3)] & (0x80 >> (x & 7))) != 0;
                Assert.AreEqual(fb.GetPixel(x / 4, y / 4), lit, "pixel " + x + "," + y);
            }
        }
    }
}
