using ImpedanceMeter.Core.Text;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Text
{
    [TestClass]
    public class FixedFormatTests
    {
        [TestMethod]
        public void FormatsMicroOhmsAsOhmsWithRounding()
        {
            Assert.AreEqual("0.512", FixedFormat.Format(512345, 6, 3));
            Assert.AreEqual("0.513", FixedFormat.Format(512500, 6, 3));
            Assert.AreEqual("-0.513", FixedFormat.Format(-512500, 6, 3));
            Assert.AreEqual("150.000", FixedFormat.Format(150000000, 6, 3));
            Assert.AreEqual("0", FixedFormat.Format(-4, 6, 0));
            Assert.AreEqual("12.50", FixedFormat.Format(125, 1, 2));
        }

        [TestMethod]
        public void FormatsTheExtremesWithoutOverflow()
        {
            Assert.AreEqual("-9223372036854775808", FixedFormat.Format(long.MinValue, 0, 0));
            Assert.AreEqual("9223372036854.775807", FixedFormat.Format(long.MaxValue, 6, 6));
        }

        [TestMethod]
        public void ParsesPlainDecimals()
        {
            long v;
            Assert.IsTrue(FixedFormat.TryParse("0.512", 6, out v));
            Assert.AreEqual(512000L, v);
            Assert.IsTrue(FixedFormat.TryParse("-12", 3, out v));
            Assert.AreEqual(-12000L, v);
            Assert.IsTrue(FixedFormat.TryParse("+.5", 1, out v));
            Assert.AreEqual(5L, v);
            Assert.IsTrue(FixedFormat.TryParse("1.2345", 3, out v));
            Assert.AreEqual(1235L, v);
        }

        [TestMethod]
        public void RejectsAnythingButAPlainDecimal()
        {
            long v;
            string[] bad = new string[] { "", "-", ".", "1e3", "1.2.3", "12a", " 1", "NaN", "--1", "1-", "99999999999999999999" };
            for (int i = 0; i < bad.Length; i++)
            {
                Assert.IsFalse(FixedFormat.TryParse(bad[i], 3, out v), "accepted <" + bad[i] + ">");
                Assert.AreEqual(0L, v);
            }
        }

        [TestMethod]
        public void ParseInvertsFormat()
        {
            uint state = 4242;
            for (int i = 0; i < 1000; i++)
            {
                state = (state * 1664525u) + 1013904223u;
                long original = (int)state;
                long back;
                Assert.IsTrue(FixedFormat.TryParse(FixedFormat.Format(original, 6, 6), 6, out back));
                Assert.AreEqual(original, back);
            }
        }
    }
}
