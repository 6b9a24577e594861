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

            // Expected: the pure detector on the recorded codes, then the same detrend rule on the period sums
            // (the last settle period stands in before the first).
            int[] cosSums = new int[40];
            int[] sinSums = new int[40];
            int[] periodSums = new int[41];
            for (int p = -1; p < 40; p++)
            {
                int total = 0;
                for (int k = 0; k < 24; k++)
                {
                    total += bench.Recorded[((p + settle) * 24) + k];
                }

                periodSums[p + 1] = total;
                if (p >= 0)
                {
                    SyncDetector.AccumulatePeriod(bench.Recorded, (p + settle) * 24, table, out cosSums[p], out sinSums[p]);
                }
            }

            Acquisition.Detrend(cosSums, sinSums, 0, 40, periodSums, true, table.CosQ14, table.SinQ14);
            long sum = 0;
            long squares = 0;
            for (int p = 0; p < 40; p++)
            {
                Assert.AreEqual(cosSums[p], store.PeriodCos[p], "I of period " + p.ToString());
                Assert.AreEqual(sinSums[p], store.PeriodSin[p], "Q of period " + p.ToString());
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
        public void DetrendRemovesALinearBaselineDriftFromThePeriodSums()
        {
            // Tone of 300 codes at 1600 with a baseline falling 0.4 codes per step (the tail of a slow
            // transient): the raw Q sum is off by ≈ N²/2π·0.4·2^14 = 6.0e5, the detrended sums match the driftless tone.
            SineTable table = new SineTable(24, 128, 90);
            const int periods = 10;
            int[] codes = new int[(periods + 1) * 24];
            int[] clean = new int[(periods + 1) * 24];
            for (int i = 0; i < codes.Length; i++)
            {
                int k = i % 24;
                int tone = 1600 + ((300 * table.SinQ14[k]) >> 14);
                clean[i] = tone;
                codes[i] = tone + 400 - ((4 * i) / 10);
            }

            int[] iq = new int[periods];
            int[] qq = new int[periods];
            int[] sums = new int[periods + 1];
            for (int p = -1; p < periods; p++)
            {
                int total = 0;
                for (int k = 0; k < 24; k++)
                {
                    total += codes[((p + 1) * 24) + k];
                }

                sums[p + 1] = total;
                if (p >= 0)
                {
                    SyncDetector.AccumulatePeriod(codes, (p + 1) * 24, table, out iq[p], out qq[p]);
                }
            }

            int rawI;
            int rawQ;
            SyncDetector.AccumulatePeriod(codes, 24 * 5, table, out rawI, out rawQ);
            int cleanI;
            int cleanQ;
            SyncDetector.AccumulatePeriod(clean, 24 * 5, table, out cleanI, out cleanQ);
            Assert.IsTrue(System.Math.Abs(rawQ - cleanQ) > 500000, "the drift leaks into the raw Q sum: " + (rawQ - cleanQ).ToString());

            Acquisition.Detrend(iq, qq, 0, periods, sums, true, table.CosQ14, table.SinQ14);
            for (int p = 0; p < periods; p++)
            {
                SyncDetector.AccumulatePeriod(clean, (p + 1) * 24, table, out cleanI, out cleanQ);
                // Left: the drift drawn as whole codes (a 0.4-code/step staircase): measured ≤ 6.7e3 against the raw 6.0e5.
                Assert.IsTrue(System.Math.Abs(iq[p] - cleanI) < 10000, "I of period " + p.ToString() + ": " + (iq[p] - cleanI).ToString());
                Assert.IsTrue(System.Math.Abs(qq[p] - cleanQ) < 10000, "Q of period " + p.ToString() + ": " + (qq[p] - cleanQ).ToString());
            }
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
