using ImpedanceMeter.Core.Ui;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Ui
{
    [TestClass]
    public class FrameBufferTests
    {
        [TestMethod]
        public void PixelLandsInSsd1306PageFormat()
        {
            var fb = new FrameBuffer();
            fb.SetPixel(5, 0, true);
            fb.SetPixel(5, 7, true);
            fb.SetPixel(127, 63, true);
            fb.SetPixel(0, 9, true);
            Assert.AreEqual(1024, fb.Bytes.Length);
            Assert.AreEqual((byte)0x81, fb.Bytes[5], "page 0, column 5: bit 0 = row 0, bit 7 = row 7");
            Assert.AreEqual((byte)0x80, fb.Bytes[1023], "page 7, column 127, bit 7");
            Assert.AreEqual((byte)0x02, fb.Bytes[128], "row 9 = page 1 bit 1");
        }

        [TestMethod]
        public void OffScreenDrawingIsClippedNotThrown()
        {
            var fb = new FrameBuffer();
            fb.SetPixel(-1, 0, true);
            fb.SetPixel(128, 0, true);
            fb.SetPixel(0, 64, true);
            fb.FillRect(120, 60, 20, 20, true);
            Assert.IsFalse(fb.GetPixel(-1, 0));
            Assert.IsTrue(fb.GetPixel(127, 63));
            Assert.AreEqual(8 * 4, CountLit(fb));
        }

        [TestMethod]
        public void LineCoversBothEndpointsAndIsContinuous()
        {
            var fb = new FrameBuffer();
            fb.DrawLine(3, 50, 40, 10);
            Assert.IsTrue(fb.GetPixel(3, 50));
            Assert.IsTrue(fb.GetPixel(40, 10));
            Assert.AreEqual(41, CountLit(fb), "a steep line lights one pixel per row: |dy| + 1");
        }

        [TestMethod]
        public void InvertTwiceRestoresAndClearEmpties()
        {
            var fb = new FrameBuffer();
            fb.DrawRect(10, 10, 30, 20);
            int before = CountLit(fb);
            fb.InvertRect(0, 0, 64, 32);
            Assert.AreEqual((64 * 32) - before, CountLit(fb));
            fb.InvertRect(0, 0, 64, 32);
            Assert.AreEqual(before, CountLit(fb));
            Assert.AreEqual((2 * 30) + (2 * 18), before);
            fb.Clear();
            Assert.AreEqual(0, CountLit(fb));
        }

        public static int CountLit(FrameBuffer fb)
        {
            int n = 0;
            for (int i = 0; i < fb.Bytes.Length; i++)
            {
                for (int b = fb.Bytes[i]; b != 0; b >>= 1)
                {
                    n += b & 1;
                }
            }

            return n;
        }
    }
}
