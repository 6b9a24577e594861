using ImpedanceMeter.Core.Ui;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Ui
{
    [TestClass]
    public class FontTests
    {
        [TestMethod]
        public void SmallFontHasAGlyphForEveryPrintableCharacterAndTheSymbols()
        {
            Assert.AreEqual(SmallFont.GlyphCount * SmallFont.GlyphWidth, SmallFont.Columns.Length);
            Assert.AreEqual(95, SmallFont.GlyphIndex('\u03A9'));
            Assert.AreEqual(96, SmallFont.GlyphIndex('\u00B1'));
            Assert.AreEqual(97, SmallFont.GlyphIndex('\u00B5'));
            Assert.AreEqual('?' - ' ', SmallFont.GlyphIndex('\u20AC'), "unknown characters show as '?'");
        }

        [TestMethod]
        public void EveryVisibleGlyphIsDistinctAndNonEmpty()
        {
            for (int a = 1; a < SmallFont.GlyphCount; a++)
            {
                Assert.IsTrue(Ink(SmallFont.Columns, a * 5, 5) > 0, "glyph " + a.ToString() + " is blank");
                for (int b = a + 1; b < SmallFont.GlyphCount; b++)
                {
                    bool same = true;
                    for (int c = 0; c < 5 && same; c++)
                    {
                        same = SmallFont.Columns[(a * 5) + c] == SmallFont.Columns[(b * 5) + c];
                    }

                    Assert.IsFalse(same, "glyphs " + a.ToString() + " and " + b.ToString() + " look the same");
                }
            }
        }

        [TestMethod]
        public void LargeDigitsAreDistinctAndFitTwoPages()
        {
            int total = 0;
            for (int i = 0; i < LargeFont.Widths.Length; i++)
            {
                total += LargeFont.Widths[i] * 2;
            }

            Assert.AreEqual(total, LargeFont.Columns.Length);
            Assert.AreEqual(LargeFont.Characters.Length, LargeFont.Widths.Length);
            for (int d = 0; d < 10; d++)
            {
                Assert.AreEqual(d, LargeFont.GlyphIndex((char)('0' + d)));
                Assert.IsTrue(Ink(LargeFont.Columns, LargeFont.GlyphOffset(d), 18) > 20, "digit " + d.ToString());
            }

            Assert.AreEqual(-1, LargeFont.GlyphIndex('x'));
        }

        [TestMethod]
        public void TextWidthsMatchWhatIsDrawn()
        {
            var fb = new FrameBuffer();
            int end = TextPainter.DrawSmall(fb, 10, 0, "0.512\u03A9");
            Assert.AreEqual(10 + (6 * 6), end);
            Assert.AreEqual(35, TextPainter.SmallWidth("0.512\u03A9"));
            int largeEnd = TextPainter.DrawLarge(fb, 0, 20, "12.5");
            Assert.AreEqual(TextPainter.LargeWidth("12.5") + LargeFont.Gap, largeEnd);
            Assert.AreEqual(9 + 2 + 9 + 2 + 4 + 2 + 9, TextPainter.LargeWidth("12.5"));
        }

        [TestMethod]
        public void DigitOneDrawsItsStem()
        {
            var fb = new FrameBuffer();
            TextPainter.DrawSmall(fb, 0, 0, "1");
            for (int row = 1; row < 6; row++)
            {
                Assert.IsTrue(fb.GetPixel(2, row), "centre column of '1', row " + row.ToString());
            }

            Assert.IsFalse(fb.GetPixel(0, 3));
        }

        private static int Ink(byte[] data, int offset, int count)
        {
            int n = 0;
            for (int i = offset; i < offset + count; i++)
            {
                for (int b = data[i]; b != 0; b >>= 1)
                {
                    n += b & 1;
                }
            }

            return n;
        }
    }
}
