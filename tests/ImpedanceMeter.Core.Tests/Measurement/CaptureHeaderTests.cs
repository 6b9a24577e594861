using System;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Tests.Measurement.Fakes;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Measurement
{
    /// <summary>The capture header packs its small fields into ints (heap): every field keeps its value, limits are enforced.</summary>
    [TestClass]
    public class CaptureHeaderTests
    {
        [TestMethod]
        public void EveryFieldKeepsItsValueAtTheLimitsAndBetween()
        {
            int[] small = { 0, 1, 7, 15 };
            for (int i = 0; i < small.Length; i++)
            {
                CaptureHeader h = new CaptureHeader();
                int a = small[i];
                int b = small[(i + 1) % small.Length];
                h.Role = (CaptureRole)(a % 6);
                h.Leg = b;
                h.Range = a;
                h.Gain = b;
                h.ToneOn = (i & 1) == 1;
                h.Dither = (i & 2) == 2;
                h.Cycles = i == 3 ? CaptureHeader.MaxCycles : a * 1000;
                h.Steps = i == 2 ? CaptureHeader.MaxWord : a * 4000;
                h.ToneCodes = i == 1 ? CaptureHeader.MaxWord : b * 17;
                h.FirstPeriod = i == 0 ? CaptureHeader.MaxWord : a;
                h.Periods = i == 3 ? CaptureHeader.MaxWord : b;
                h.MinCode = i == 0 ? -32768 : a * 100;
                h.MaxCode = i == 1 ? 32767 : 4095 - b;
                h.Session = -i;
                h.SumCodes = long.MaxValue - i;
                h.SumSquares = i;

                Assert.AreEqual(a % 6, (int)h.Role, "role");
                Assert.AreEqual(b, h.Leg, "leg");
                Assert.AreEqual(a, h.Range, "range");
                Assert.AreEqual(b, h.Gain, "gain");
                Assert.AreEqual((i & 1) == 1, h.ToneOn, "tone");
                Assert.AreEqual((i & 2) == 2, h.Dither, "dither");
                Assert.AreEqual(i == 3 ? CaptureHeader.MaxCycles : a * 1000, h.Cycles, "cycles");
                Assert.AreEqual(i == 2 ? CaptureHeader.MaxWord : a * 4000, h.Steps, "steps");
                Assert.AreEqual(i == 1 ? CaptureHeader.MaxWord : b * 17, h.ToneCodes, "tone codes");
                Assert.AreEqual(i == 0 ? CaptureHeader.MaxWord : a, h.FirstPeriod, "first period");
                Assert.AreEqual(i == 3 ? CaptureHeader.MaxWord : b, h.Periods, "periods");
                Assert.AreEqual(i == 0 ? -32768 : a * 100, h.MinCode, "min");
                Assert.AreEqual(i == 1 ? 32767 : 4095 - b, h.MaxCode, "max");
                Assert.AreEqual(-i, h.Session, "session");
                Assert.AreEqual(long.MaxValue - i, h.SumCodes, "sum");
                Assert.AreEqual((long)i, h.SumSquares, "sum of squares");

                CaptureHeader copy = new CaptureHeader();
                copy.FirstPeriod = 3;
                copy.Periods = 4;
                copy.CopyDescriptionFrom(h);
                Assert.AreEqual(h.Leg, copy.Leg, "copied leg");
                Assert.AreEqual(h.Cycles, copy.Cycles, "copied cycles");
                Assert.AreEqual(h.MaxCode, copy.MaxCode, "copied max");
                Assert.AreEqual(3, copy.FirstPeriod, "the period range is not copied");
                Assert.AreEqual(4, copy.Periods, "the period range is not copied");
            }

            Assert.AreEqual(1, new CaptureHeader().Cycles, "a new header records one tone period per record");
        }

        [TestMethod]
        public void OutOfRangeValuesThrowAndCodesSaturate()
        {
            CaptureHeader h = new CaptureHeader();
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => h.Leg = 16, "leg 16");
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => h.Gain = -1, "gain −1");
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => h.Cycles = CaptureHeader.MaxCycles + 1, "cycles");
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => h.Periods = CaptureHeader.MaxWord + 1, "periods");
            // A capture without samples keeps its start values; saturated they stay outside every code window.
            h.MinCode = int.MaxValue;
            h.MaxCode = int.MinValue;
            Assert.AreEqual(32767, h.MinCode, "min saturates");
            Assert.AreEqual(-32768, h.MaxCode, "max saturates");
            Assert.IsFalse(CaptureHeader.Holds(-1, 0, 0, 0, 1, 82, 0, 0, 4095), "an unknown role");
            Assert.IsTrue(CaptureHeader.Holds(5, 5, 2, 7, 10, 82, 90, 0, 4095), "a stream matched capture");
        }

        [TestMethod]
        public void ACaptureFileBlockBeyondTheLimitsIsRefusedWithItsLine()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            cb.Bench.PlugAll(FakePlug.Resistor(0.9));
            cb.Engine.Measure(JackType.Se35, null);
            LineCollector collector = new LineCollector();
            cb.Engine.WriteLastCapture(collector);
            string[] lines = collector.Lines();
            int at = -1;
            for (int i = 0; i < lines.Length && at < 0; i++)
            {
                if (lines[i].StartsWith("BLOCK,"))
                {
                    at = i;
                }
            }

            Assert.IsTrue(at > 0, "the capture has a BLOCK");
            lines[at] = lines[at].Replace(",leg=0,", ",leg=16,");
            string error;
            CaptureFileReader.Parse(lines, out error);
            Assert.AreEqual("BLOCK record out of range (line " + (at + 1).ToString() + ")", error);
        }
    }
}
