using ImpedanceMeter.Core.Ui;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ImpedanceMeter.Host.Tests.Ui;

/// <summary>
/// The fonts' source of truth is the pixel art in Ui/FontArt (one block per glyph: "char U+XXXX"
/// then rows of '#' and '.'). These tests check the core's byte tables equal the art, so a glyph
/// is edited by changing the art and pasting the array the failure message prints.
/// </summary>
[TestClass]
public class FontArtTests
{
    private static List<(int CodePoint, string[] Rows)> Parse(string file)
    {
        var glyphs = new List<(int, string[])>();
        List<string>? rows = null;
        int cp = 0;
        foreach (var raw in File.ReadLines(RepoPaths.Combine("tests", "ImpedanceMeter.Host.Tests", "Ui", "FontArt", file)))
        {
            string line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith("char U+", StringComparison.Ordinal))
            {
                if (rows != null)
                {
                    glyphs.Add((cp, rows.ToArray()));
                }

                cp = Convert.ToInt32(line[7..], 16);
                rows = new List<string>();
            }
            else
            {
                rows!.Add(line);
            }
        }

        glyphs.Add((cp, rows!.ToArray()));
        return glyphs;
    }

    private static byte Column(string[] rows, int x, int page)
    {
        int b = 0;
        for (int bit = 0; bit < 8; bit++)
        {
            if (rows[(page * 8) + bit][x] == '#')
            {
                b |= 1 << bit;
            }
        }

        return (byte)b;
    }

    [TestMethod]
    public void SmallFontBytesEqualTheArt()
    {
        var glyphs = Parse("small.txt");
        Assert.AreEqual(SmallFont.GlyphCount, glyphs.Count);
        var expected = new List<byte>();
        foreach (var (cp, rows) in glyphs)
        {
            Assert.AreEqual(8, rows.Length, "U+" + cp.ToString("X4"));
            Assert.AreEqual(expected.Count / 5, SmallFont.GlyphIndex((char)cp), "glyph order of U+" + cp.ToString("X4"));
            for (int x = 0; x < 5; x++)
            {
                expected.Add(Column(rows, x, 0));
            }
        }

        CollectionAssert.AreEqual(expected.ToArray(), SmallFont.Columns, "paste:\n" + string.Join(", ", expected.Select(b => "0x" + b.ToString("X2"))));
    }

    [TestMethod]
    public void LargeFontBytesEqualTheArt()
    {
        var glyphs = Parse("large.txt");
        Assert.AreEqual(LargeFont.Characters.Length, glyphs.Count);
        var expected = new List<byte>();
        for (int g = 0; g < glyphs.Count; g++)
        {
            var (cp, rows) = glyphs[g];
            Assert.AreEqual(16, rows.Length);
            Assert.AreEqual(g, LargeFont.GlyphIndex((char)cp));
            Assert.AreEqual(rows[0].Length, LargeFont.Widths[g], "width of U+" + cp.ToString("X4"));
            for (int x = 0; x < rows[0].Length; x++)
            {
                expected.Add(Column(rows, x, 0));
                expected.Add(Column(rows, x, 1));
            }
        }

        CollectionAssert.AreEqual(expected.ToArray(), LargeFont.Columns, "paste:\n" + string.Join(", ", expected.Select(b => "0x" + b.ToString("X2"))));
    }
}
