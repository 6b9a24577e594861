using ImpedanceMeter.Core.Dsp;
using ImpedanceMeter.Core.Measurement;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Measurement
{
    [TestClass]
    public class MatchedMagnitudeTests
    {
        /// <summary>The fundamental of the quantised staircase in double: Σ round(a·sin_k)·sin_k·2^14.</summary>
        private static double Oracle(int levels, int amplitude)
        {
            double sum = 0;
            for (int k = 0; k < levels; k++)
            {
                double s = System.Math.Sin(2 * System.Math.PI * k / levels);
                double level = System.Math.Sign(s) * System.Math.Floor((System.Math.Abs(s) * amplitude) + 0.5);
                sum += level * s * 16384;
            }

            return sum;
        }

        [TestMethod]
        public void StaircaseFundamentalRatiosMatchTheDoubleOracle()
        {
            // Q format: code·Q12·Q14 sums (long), exact levels. Worst relative error of F(a)/F(90) over every amplitude 1–127.
            double worst = 0;
            double full = Oracle(SpotFrequencyPlan.StreamToneLevels, 90);
            long fullQ = PwmToneLevels.Fundamental(SpotFrequencyPlan.StreamToneLevels, 128, 90, 0);
            for (int a = 1; a <= 127; a++)
            {
                double expected = Oracle(SpotFrequencyPlan.StreamToneLevels, a) / full;
                double actual = (double)PwmToneLevels.Fundamental(SpotFrequencyPlan.StreamToneLevels, 128, a, 0) / fullQ;
                double error = System.Math.Abs(actual - expected) / expected;
                worst = error > worst ? error : worst;
            }

            Assert.IsTrue(worst < 2e-5, "worst relative error " + worst.ToString());
        }

        [TestMethod]
        public void WithExactLevelsTheFundamentalIsThatOfTheCodesWrittenToTheGenerator()
        {
            // Same rounding as the levels written to the tone generator (a 6-code tone is a coarse staircase); Q12 levels.
            byte[] codes = new byte[SpotFrequencyPlan.StreamToneLevels];
            SineTable.FillCodes(codes, codes.Length, 128, 6);
            RecordReferences r = new RecordReferences(SpotFrequencyPlan.StreamToneLevels, 1);
            long sum = 0;
            for (int k = 0; k < codes.Length; k++)
            {
                sum += (codes[k] - 128) * (long)r.SinQ14[k];
            }

            Assert.AreEqual(sum << PwmToneLevels.LevelFractionBits, PwmToneLevels.Fundamental(SpotFrequencyPlan.StreamToneLevels, 128, 6, 0));
        }

        [TestMethod]
        public void ApplyKeepsThePhaseAndTakesTheMatchedMagnitude()
        {
            CaptureSummary u = new CaptureSummary();
            u.ReQ16 = 600 << 16;
            u.ImQ16 = -(450 << 16); // |U| = 750 codes
            CaptureSummary m = new CaptureSummary();
            m.ReQ16 = 0;
            m.ImQ16 = 270 << 16; // |M| = 270 codes, any phase (its own session)
            MatchedMagnitude.Apply(u, m, SpotFrequencyPlan.StreamToneLevels, 128, 90, 33, 0);
            double ratio = Oracle(SpotFrequencyPlan.StreamToneLevels, 90) / Oracle(SpotFrequencyPlan.StreamToneLevels, 33);
            double magnitude = System.Math.Sqrt(((double)u.ReQ16 * u.ReQ16) + ((double)u.ImQ16 * u.ImQ16)) / 65536;
            Assert.IsTrue(System.Math.Abs(magnitude - (270 * ratio)) < 0.01, "|U| = |M|·F(90)/F(33): " + magnitude.ToString());
            Assert.IsTrue(System.Math.Abs(System.Math.Atan2(u.ImQ16, u.ReQ16) - System.Math.Atan2(-450, 600)) < 1e-6, "phase kept");
        }

        [TestMethod]
        public void MatchingCodesFollowTheAmplitudeRatioWithinTheToneRange()
        {
            Assert.AreEqual(36, MatchedMagnitude.MatchingCodes(400L << 16, 1000L << 16, 90));
            Assert.AreEqual(90, MatchedMagnitude.MatchingCodes(1200L << 16, 1000L << 16, 90), "never above the full tone");
            Assert.AreEqual(1, MatchedMagnitude.MatchingCodes(1, 1000L << 16, 90), "at least one code");
            Assert.AreEqual(90, MatchedMagnitude.MatchingCodes(400L << 16, 0, 90), "no reference: full tone");
        }

        [TestMethod]
        public void StreamPlanIsADecadeOfCrystalTones()
        {
            SpotFrequencyPlan plan = SpotFrequencyPlan.Stream();
            Assert.IsTrue(plan.IsStream);
            int[] periods = { 10250, 5125, 2050, 1025 };
            for (int i = 0; i < plan.Count; i++)
            {
                Assert.AreEqual(periods[i], plan.TonePeriodMicroseconds(i));
                Assert.AreEqual(0, plan.SamplesPerCapture % plan.RecordSamples(i));
            }

            Assert.AreEqual(10, plan.TonePeriodMicroseconds(0) / plan.TonePeriodMicroseconds(3), "a decade");
            Assert.AreEqual(3, plan.IndexNearest(1000000, 0), "1 kHz asked: the 975.6 Hz entry");
            int[] steps = { 82 };
            int[] cycles = { 3 };
            Assert.ThrowsException(typeof(System.ArgumentException), () => new SpotFrequencyPlan(steps, cycles, 0, 820, 125), "82·125/3 µs is not whole");
        }
    }
}
