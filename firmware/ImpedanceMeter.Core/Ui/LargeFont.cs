namespace ImpedanceMeter.Core.Ui
{
    /// <summary>
    /// Our own large font, 16 px tall (two display pages), for the headline numbers: digits
    /// 0–9, '.', '-', space and Ω. Columns are stored as (top page byte, bottom page byte)
    /// pairs; widths vary ('.' is narrow), and characters sit <see cref="Gap"/> px apart.
    /// Source art: tests/ImpedanceMeter.Host.Tests/Ui/FontArt/large.txt. 254 bytes of heap.
    /// </summary>
    public static class LargeFont
    {
        /// <summary>Glyph height in pixels (two pages).</summary>
        public const int GlyphHeight = 16;

        /// <summary>Blank columns between two glyphs.</summary>
        public const int Gap = 2;

        /// <summary>The characters this font has, in data order.</summary>
        public const string Characters = "0123456789.- \u03A9";

        /// <summary>Width of each glyph in pixels, in <see cref="Characters"/> order.</summary>
        public static readonly byte[] Widths = TableText.Bytes("09 09 09 09 09 09 09 09 09 09 04 07 05 0B");

        /// <summary>Column byte pairs of every glyph, concatenated in <see cref="Characters"/> order.</summary>
        public static readonly byte[] Columns = TableText.Bytes(
            "FC0FFE1F03338121C12061203330FE1FFC0F" // U+0030
            + "08200C200620FF3FFF3F0020002000200020" // U+0031
            + "0438063C032601238121C12063203E201C20" // U+0032
            + "010C011C2130312039202D202730C31FC10F" // U+0033
            + "E000F00098008C0086008300FF3FFF3F8000" // U+0034
            + "3F0C3F1C21301120112011203130E11FC10F" // U+0035
            + "F80FFC1F46302320212021206130C01F800F" // U+0036
            + "010001000138013E8107E10179001F000700" // U+0037
            + "8C0FDE1F73302120212021207330DE1F8C0F" // U+0038
            + "7C00FE0083210121012101318318FE0FFC07" // U+0039
            + "0000003000300000" // U+002E
            + "C000C000C000C000C000C000C000" // U+002D
            + "00000000000000000000" // U+0020
            + "F830FC310637033E010001000100033E0637FC31F830" // U+03A9
            );

        /// <summary>Index of <paramref name="c"/> in <see cref="Characters"/>, or -1 if the font lacks it.</summary>
        public static int GlyphIndex(char c)
        {
            return Characters.IndexOf(c);
        }

        /// <summary>Byte offset of glyph <paramref name="index"/> in <see cref="Columns"/>.</summary>
        public static int GlyphOffset(int index)
        {
            int offset = 0;
            for (int i = 0; i < index; i++)
            {
                offset += Widths[i] * 2;
            }

            return offset;
        }
    }
}
