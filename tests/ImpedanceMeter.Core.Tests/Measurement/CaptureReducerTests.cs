using ImpedanceMeter.Core.Measurement;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Measurement
{
    [TestClass]
    public class CaptureReducerTests
    {
        private static uint _state;

        private static int Jitter(int span)
        {
            _state = (_state * 1664525u) + 1013904223u;
            return (int)((_state >> 8) % (uint)span) - (span / 2);
        }

        [TestMethod]
        public void PeriodsStretchedByAGcPauseAreRejectedAndDoNotBiasThePhasor()
        {
            _state = 4242;
            CaptureStore store = new CaptureStore(1, 64);
            int index = store.Reserve(64);
            CaptureHeader h = store.Headers[index];
            h.Steps = 32;
            for (int p = 0; p < 64; p++)
            {
                store.PeriodCos[p] = 100000000;
                store.PeriodSin[p] = -50000000;
                store.PeriodMicros[p] = 9600 + Jitter(200);
            }

            // Three periods hit by 4 ms pauses carry a distorted tone, and so does the next one (the transient).
            int[] hit = { 5, 30, 61 };
            for (int i = 0; i < hit.Length; i++)
            {
                store.PeriodMicros[hit[i]] += 4000;
                store.PeriodCos[hit[i]] = 70000000;
                if (hit[i] + 1 < 64)
                {
                    store.PeriodCos[hit[i] + 1] = 90000000;
                }
            }

            CaptureSummary s = new CaptureSummary();
            new CaptureReducer(64).Reduce(store, index, s);
            // Each stall also drops the periods starting within 50 ms after it (≈ 9.6 ms each): 6 after
            // periods 5 and 30, the last 2 after period 61. 64 − 3 − 6 − 6 − 2 = 47.
            Assert.AreEqual(47, s.AcceptedPeriods);
            Assert.AreEqual(17, s.RejectedPeriods);
            // Phasor = (I − jQ)·8/samples per period: 1e8·8/32 = 25e6 (Q16), 5e7·8/32 = 12.5e6.
            Assert.AreEqual(25000000, s.ReQ16);
            Assert.AreEqual(12500000, s.ImQ16);
            Assert.IsTrue(s.FrequencyMilliHertz > 103000 && s.FrequencyMilliHertz < 105300, "f " + s.FrequencyMilliHertz.ToString());
        }

        [TestMethod]
        public void OrdinaryJitterIsNotRejected()
        {
            _state = 99;
            CaptureStore store = new CaptureStore(1, 64);
            int index = store.Reserve(64);
            store.Headers[index].Steps = 32;
            for (int p = 0; p < 64; p++)
            {
                store.PeriodMicros[p] = 9600 + Jitter(400);
            }

            CaptureSummary s = new CaptureSummary();
            new CaptureReducer(64).Reduce(store, index, s);
            Assert.AreEqual(64, s.AcceptedPeriods);
        }

        [TestMethod]
        public void MedianOfOddAndEvenCounts()
        {
            int[] a = { 5, 1, 4, 2, 3 };
            Assert.AreEqual(3, CaptureReducer.MedianInPlace(a, 5));
            int[] b = { 10, 40, 20, 30 };
            Assert.AreEqual(30, CaptureReducer.MedianInPlace(b, 4));
        }
    }
}
