namespace ImpedanceMeter.Core.Ui
{
    /// <summary>Draws text in the small and large fonts onto a <see cref="FrameBuffer"/>.</summary>
    public static class TextPainter
    {
        /// <summary>Characters per line in the small font (128 / 6).</summary>
        public const int SmallCharsPerLine = FrameBuffer.Width / SmallFont.Advance;

        /// <summary>Draws <paramref name="text"/> in the small font with its top-left at (x, y); returns the x after the last character.</summary>
        public static int DrawSmall(FrameBuffer fb, int x, int y, string text)
        {
            if (text == null)
            {
                return x;
            }

            for (int i = 0; i < text.Length; i++)
            {
                int glyph = SmallFont.GlyphIndex(text[i]);
                fb.DrawColumns(SmallFont.Columns, glyph * SmallFont.GlyphWidth, SmallFont.GlyphWidth, 1, x, y);
                x += SmallFont.Advance;
            }

            return x;
        }

        /// <summary>Width in pixels of <paramref name="text"/> in the small font (no trailing gap).</summary>
        public static int SmallWidth(string text)
        {
            return text == null || text.Length == 0 ? 0 : (text.Length * SmallFont.Advance) - 1;
        }

        /// <summary>Draws small text so that it ends at <paramref name="right"/> (exclusive).</summary>
        public static void DrawSmallRight(FrameBuffer fb, int right, int y, string text)
        {
            DrawSmall(fb, right - SmallWidth(text), y, text);
        }

        /// <summary>Draws small text centred on the screen width.</summary>
        public static void DrawSmallCentered(FrameBuffer fb, int y, string text)
        {
            DrawSmall(fb, (FrameBuffer.Width - SmallWidth(text)) / 2, y, text);
        }

        /// <summary>
        /// Draws <paramref name="text"/> in the large font at (x, y); characters the large font
        /// lacks are drawn in the small font, bottom-aligned. Returns the x after the text.
        /// </summary>
        public static int DrawLarge(FrameBuffer fb, int x, int y, string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                int glyph = LargeFont.GlyphIndex(text[i]);
                if (glyph < 0)
                {
                    fb.DrawColumns(SmallFont.Columns, SmallFont.GlyphIndex(text[i]) * SmallFont.GlyphWidth, SmallFont.GlyphWidth, 1, x, y + LargeFont.GlyphHeight - 9);
                    x += SmallFont.Advance;
                    continue;
                }

                int width = LargeFont.Widths[glyph];
                fb.DrawColumns(LargeFont.Columns, LargeFont.GlyphOffset(glyph), width, 2, x, y);
                x += width + LargeFont.Gap;
            }

            return x;
        }

        /// <summary>Width in pixels of <paramref name="text"/> in the large font (no trailing gap).</summary>
        public static int LargeWidth(string text)
        {
            int width = 0;
            for (int i = 0; i < text.Length; i++)
            {
                int glyph = LargeFont.GlyphIndex(text[i]);
                width += glyph < 0 ? SmallFont.Advance : LargeFont.Widths[glyph] + LargeFont.Gap;
            }

            return width > 0 ? width - LargeFont.Gap : 0;
        }
    }
}
