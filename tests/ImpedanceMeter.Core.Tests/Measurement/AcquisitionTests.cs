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
        public void TheDitherDacIsSetOnceBeforeTheToneAndNeverInsideACapture()
        {
            // A DAC2 write inside the loop stretches one tone step per period (docs/measurement.md §5.2).
            FakeBench bench = new FakeBench();
            bench.PlugAll(FakePlug.Resistor(2.0));
            bench.SetMode(ImpedanceMeter.Core.Ports.FixtureMode.Loaded);
            SineTable table = new SineTable(12, 128, 90);
            CaptureStore store = new CaptureStore(1, 20);
            CaptureHeader h = store.Headers[store.Reserve(20)];
            h.Steps = 12;
            h.ToneOn = true;
            new Acquisition(bench, bench, bench, bench).Run(store, h, table, 2);

            Assert.AreEqual(1, bench.DitherWrites);
            Assert.AreEqual(0L, bench.ReadsAtFirstDitherWrite);
            Assert.AreEqual(128, bench.DitherCode);
            Assert.AreEqual(22L * 12, bench.Reads);
        }
    }
}
