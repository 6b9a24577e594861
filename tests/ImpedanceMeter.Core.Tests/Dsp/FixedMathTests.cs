using System;
using ImpedanceMeter.Core.Dsp;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Dsp
{
    [TestClass]
    public class FixedMathTests
    {
        // Deterministic LCG (Numerical Recipes constants) so the device and the host draw the
        // same operands; System.Random sequences differ between the two runtimes.
        private static uint _state;

        private static int NextInt()
        {
            _state = (_state * 1664525u) + 1013904223u;
            return (int)_state;
        }

        [TestMethod]
        public void MulQ16MatchesDoubleWithinHalfAStep()
        {
            _state = 12345;
            double worst = 0;
            for (int i = 0; i < 2000; i++)
            {
                int a = NextInt() >> 8; // ±128.0 in Q16
                int b = NextInt() >> 8;
                double exact = (double)a * b / 65536.0;
                double error = Math.Abs(FixedMath.MulQ16(a, b) - exact);
                if (error > worst)
                {
                    worst = error;
                }
            }

            Assert.IsTrue(worst <= 0.5, "worst error in Q16 steps: " + worst.ToString());
        }

        [TestMethod]
        public void MulQ16SaturatesInsteadOfWrapping()
        {
            Assert.AreEqual(int.MaxValue, FixedMath.MulQ16(int.MaxValue, int.MaxValue));
            Assert.AreEqual(int.MinValue, FixedMath.MulQ16(int.MaxValue, int.MinValue));
        }

        [TestMethod]
        public void DivQ16MatchesDoubleWithinHalfAStep()
        {
            _state = 777;
            double worst = 0;
            for (int i = 0; i < 2000; i++)
            {
                long a = NextInt();
                long b = (NextInt() >> 4) | 1;
                double exact = (double)a / b * 65536.0;
                if (Math.Abs(exact) > int.MaxValue)
                {
                    continue;
                }

                double error = Math.Abs(FixedMath.DivQ16(a, b) - exact);
                if (error > worst)
                {
                    worst = error;
                }
            }

            Assert.IsTrue(worst <= 0.5, "worst error in Q16 steps: " + worst.ToString());
        }

        [TestMethod]
        public void DivQ16ByZeroSaturatesWithTheNumeratorSign()
        {
            Assert.AreEqual(int.MaxValue, FixedMath.DivQ16(5, 0));
            Assert.AreEqual(int.MinValue, FixedMath.DivQ16(-5, 0));
        }

        [TestMethod]
        public void IsqrtIsTheExactFloorOfTheSquareRoot()
        {
            Assert.AreEqual(0UL, FixedMath.Isqrt(0));
            Assert.AreEqual(1UL, FixedMath.Isqrt(3));
            Assert.AreEqual(2UL, FixedMath.Isqrt(4));
            Assert.AreEqual(4294967295UL, FixedMath.Isqrt(ulong.MaxValue));
            _state = 99;
            for (int i = 0; i < 500; i++)
            {
                ulong v = ((ulong)(uint)NextInt() << 24) | (uint)NextInt();
                ulong r = FixedMath.Isqrt(v);
                Assert.IsTrue(r * r <= v && (r + 1) * (r + 1) > v, "isqrt(" + v.ToString() + ") = " + r.ToString());
            }
        }

        [TestMethod]
        public void AbsOfLongMinValueDoesNotOverflow()
        {
            Assert.AreEqual(long.MaxValue, FixedMath.Abs(long.MinValue));
            Assert.AreEqual(7L, FixedMath.Abs(-7L));
        }

        [TestMethod]
        public void ClampKeepsValuesInsideTheRange()
        {
            Assert.AreEqual(0, FixedMath.Clamp(-3, 0, 10));
            Assert.AreEqual(10, FixedMath.Clamp(30, 0, 10));
            Assert.AreEqual(4, FixedMath.Clamp(4, 0, 10));
        }
    }
}
