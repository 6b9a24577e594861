using ImpedanceMeter.Core.App;
using ImpedanceMeter.Core.Ports;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.App
{
    [TestClass]
    public class ButtonDebouncerTests
    {
        private const long Tick = 10000;

        private static int Feed(ButtonDebouncer d, ref long t, bool up, bool down, bool select, int ticks, ButtonEvent[] seen, int n)
        {
            for (int i = 0; i < ticks; i++)
            {
                t += Tick;
                d.Sample(up, down, select, t);
                for (ButtonEvent e = d.Next(); e != ButtonEvent.None; e = d.Next())
                {
                    seen[n++] = e;
                }
            }

            return n;
        }

        [TestMethod]
        public void BouncyPressOfUpGivesExactlyOneEvent()
        {
            var d = new ButtonDebouncer();
            var seen = new ButtonEvent[16];
            long t = 0;
            int n = 0;
            for (int bounce = 0; bounce < 3; bounce++)
            {
                n = Feed(d, ref t, true, false, false, 1, seen, n);
                n = Feed(d, ref t, false, false, false, 1, seen, n);
            }

            n = Feed(d, ref t, true, false, false, 10, seen, n);
            n = Feed(d, ref t, false, false, false, 10, seen, n);
            Assert.AreEqual(1, n);
            Assert.AreEqual((int)ButtonEvent.Up, (int)seen[0]);
        }

        [TestMethod]
        public void ShortSelectFiresOnReleaseAndLongSelectIsBack()
        {
            var d = new ButtonDebouncer();
            var seen = new ButtonEvent[16];
            long t = 0;
            int n = Feed(d, ref t, false, false, true, 20, seen, 0);
            Assert.AreEqual(0, n, "nothing until released (it might become a long press)");
            n = Feed(d, ref t, false, false, false, 10, seen, n);
            Assert.AreEqual(1, n);
            Assert.AreEqual((int)ButtonEvent.Select, (int)seen[0]);
            n = Feed(d, ref t, false, false, true, 100, seen, n);
            Assert.AreEqual(2, n, "Back fires while still held");
            Assert.AreEqual((int)ButtonEvent.Back, (int)seen[1]);
            n = Feed(d, ref t, false, false, false, 10, seen, n);
            Assert.AreEqual(2, n, "no Select after a long press");
        }

        [TestMethod]
        public void GlitchShorterThanTheDebounceTimeIsIgnored()
        {
            var d = new ButtonDebouncer();
            var seen = new ButtonEvent[16];
            long t = 0;
            int n = Feed(d, ref t, false, true, false, 2, seen, 0);
            n = Feed(d, ref t, false, false, false, 10, seen, n);
            Assert.AreEqual(0, n);
        }
    }
}
