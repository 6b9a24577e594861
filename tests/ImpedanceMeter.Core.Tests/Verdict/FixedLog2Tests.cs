using System;
using ImpedanceMeter.Core.Verdict;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Verdict
{
    [TestClass]
    public class FixedLog2Tests
    {
        private static uint _state;

        private static ulong NextULong()
        {
            _state = (_state * 1664525u) + 1013904223u;
            ulong hi = _state;
            _state = (_state * 1664525u) + 1013904223u;
            return (hi << 32) | _state;
        }

        [TestMethod]
        public void PowersOfTwoGiveExactIntegers()
        {
            for (int k = 0; k < 64; k++)
            {
                Assert.AreEqual((long)k << 32, FixedLog2.Log2Q32(1UL << k), "2^" + k.ToString());
            }
        }

        [TestMethod]
        public void ZeroHasNoLogarithm()
        {
            Assert.AreEqual(long.MinValue, FixedLog2.Log2Q32(0));
            Assert.AreEqual(long.MinValue, FixedLog2.Log2MagnitudeSquaredQ32(0, 0));
        }

        [TestMethod]
        public void Log2MatchesDoubleWithinTwoNanoUnitsOverTheWholeRange()
        {
            _state = 99;
            double worst = 0;
            ulong worstInput = 0;
            for (int i = 0; i < 3000; i++)
            {
                // Spread inputs over every magnitude: a random value shifted right by 0..63 bits.
                ulong x = NextULong() >> (i % 64);
                if (x == 0)
                {
                    continue;
                }

                double exact = Math.Log(x) / Math.Log(2);
                double error = Math.Abs((FixedLog2.Log2Q32(x) / 4294967296.0) - exact);
                if (error > worst)
                {
                    worst = error;
                    worstInput = x;
                }
            }

            OutputHelper.WriteLine("Log2Q32 worst error " + worst.ToString() + " at x = " + worstInput.ToString());
            Assert.IsTrue(worst <= 2e-9, "worst error " + worst.ToString() + " at " + worstInput.ToString());
        }

        [TestMethod]
        public void MagnitudeSquaredHandlesComponentsBeyondThirtyOneBits()
        {
            long[] values = new long[] { 1, -7, 2000000, -123456789012, 4611686018427387903 };
            double worst = 0;
            for (int a = 0; a < values.Length; a++)
            {
                for (int b = 0; b < values.Length; b++)
                {
                    double re = values[a];
                    double im = values[b];
                    double exact = Math.Log((re * re) + (im * im)) / Math.Log(2);
                    double got = FixedLog2.Log2MagnitudeSquaredQ32(values[a], values[b]) / 4294967296.0;
                    worst = Math.Max(worst, Math.Abs(got - exact));
                }
            }

            Assert.IsTrue(worst <= 1e-8, "worst error " + worst.ToString());
        }
    }
}
