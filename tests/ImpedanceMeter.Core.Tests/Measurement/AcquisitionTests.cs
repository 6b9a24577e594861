using ImpedanceMeter.Core.Dsp;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Tests.Measurement.Fakes;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Measurement
{
    [TestClass]
    public class AcquisitionTests
    {
        [TestMethod]
        public void LoopAccumulatorsEqualThePureDetectorOnTheSameCodes()
        {
            FakeBench bench = new FakeBench();
            bench.NoiseCodes = 3;
            bench.PlugAll(FakePlug.Resistor(2.0));
            bench.SetMode(ImpedanceMeter.Core.Ports.FixtureMode.Loaded);
            SineTable table = new SineTable(24, 128, 90);
            CaptureStore store = new CaptureStore(1, 40);
            int index = store.Reserve(40);
            CaptureHeader h = store.Headers[index];
            h.Steps = 24;
            h.ToneOn = true;
            h.Dither = true;
            const int settle = 3;
            bench.Recorded = new int[(40 + settle) * 24];
            new Acquisition(bench, bench, bench, bench).Run(store, h, table, settle);

            long sum = 0;
            long squares = 0;
            for (int p = 0; p < 40; p++)
            {
                int c;
                int s;
                SyncDetector.AccumulatePeriod(bench.Recorded, (p + settle) * 24, table, out c, out s);
                Assert.AreEqual(c, store.PeriodCos[p], "I of period " + p.ToString());
                Assert.AreEqual(s, store.PeriodSin[p], "Q of period " + p.ToString());
                // The fake clock charges 150 µs per DAC write and per ADC read: 24 steps = 7200 µs.
                Assert.AreEqual(7200, store.PeriodMicros[p], "period duration");
                for (int k = 0; k < 24; k++)
                {
                    int x = bench.Recorded[((p + settle) * 24) + k];
                    sum += x;
                    squares += (long)x * x;
                }
            }

            Assert.AreEqual(sum, h.SumCodes);
            Assert.AreEqual(squares, h.SumSquares);
        }

        [TestMethod]
        public void DitherVisitsEveryCodeOfItsSpanOncePerCapture()
        {
            int[] seen = new int[256];
            for (int p = 0; p < 32; p++)
            {
                seen[CaptureHeader.DitherCode(p, 32)]++;
            }

            int distinct = 0;
            for (int c = 0; c < 256; c++)
            {
                Assert.IsTrue(seen[c] <= 1, "code " + c.ToString() + " repeated");
                distinct += seen[c];
            }

            Assert.AreEqual(32, distinct);
            Assert.AreEqual(4, CaptureHeader.DitherCode(0, 32));
        }
    }
}
