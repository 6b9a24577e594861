using ImpedanceMeter.Core.Measurement;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Measurement
{
    [TestClass]
    public class StreamClockCheckTests
    {
        [TestMethod]
        public void DriftFollowsAPhaseRampAcrossTheWrapAt180Degrees()
        {
            // 8 captures 240 ms apart, phase rising 3.512 °/s from 179.5°: the ramp wraps to −180° after the first capture.
            long[] times = new long[8];
            int[] phases = new int[8];
            long[] scratch = new long[8];
            for (int c = 0; c < 8; c++)
            {
                times[c] = 1000000 + (c * 240000L);
                long phase = 179500000L + (3512L * c * 240);
                phases[c] = (int)(phase > 180000000L ? phase - 360000000L : phase);
            }

            Assert.AreEqual(3512, StreamClockCheck.Drift(times, phases, scratch, 8));

            for (int c = 0; c < 8; c++)
            {
                phases[c] = -(int)(100000L * c);
            }

            Assert.AreEqual(-417, StreamClockCheck.Drift(times, phases, scratch, 8), "−0.1° per 240 ms: −416.7 m°/s");
        }

        [TestMethod]
        public void CoherenceIsTheFundamentalsShareOfTheVariance()
        {
            // A 1000-code tone: |X|²/2 = 500 000 codes²; with 9 codes² of noise the share is 999 982 ppm.
            CaptureSummary s = new CaptureSummary();
            s.ReQ16 = 600 << 16;
            s.ImQ16 = 800 << 16;
            s.VarianceCodes2 = 500009;
            Assert.AreEqual(999982, StreamClockCheck.Coherence(s));

            s.VarianceCodes2 = 1000000;
            Assert.AreEqual(500000, StreamClockCheck.Coherence(s), "half the variance elsewhere");

            s.VarianceCodes2 = 0;
            Assert.AreEqual(0, StreamClockCheck.Coherence(s), "no signal");
        }

        [TestMethod]
        public void PassNeedsACompletedRunWithinBothLimits()
        {
            StreamClockCheck c = new StreamClockCheck();
            c.Status = MeasurementStatus.Ok;
            c.DriftMilliDegreesPerSecond = -StreamClockCheck.MaxDriftMilliDegreesPerSecond;
            c.CoherencePpm = StreamClockCheck.MinCoherencePpm;
            Assert.IsTrue(c.Passed);
            c.DriftMilliDegreesPerSecond = StreamClockCheck.MaxDriftMilliDegreesPerSecond + 1;
            Assert.IsFalse(c.Passed, "drift");
            c.DriftMilliDegreesPerSecond = 0;
            c.CoherencePpm = StreamClockCheck.MinCoherencePpm - 1;
            Assert.IsFalse(c.Passed, "coherence");
            c.CoherencePpm = 1000000;
            c.Status = MeasurementStatus.Aborted;
            Assert.IsFalse(c.Passed, "status");
        }
    }
}
