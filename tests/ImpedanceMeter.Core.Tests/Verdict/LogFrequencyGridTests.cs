using System;
using ImpedanceMeter.Core.Verdict;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Verdict
{
    [TestClass]
    public class LogFrequencyGridTests
    {
        [TestMethod]
        public void GridRunsFromTwentyHertzToTwentyKilohertzThroughOneKilohertz()
        {
            int[] grid = LogFrequencyGrid.CreateMilliHertz();
            Assert.AreEqual(LogFrequencyGrid.Count, grid.Length);
            Assert.AreEqual(20000, grid[0]);
            Assert.AreEqual(20000000, grid[grid.Length - 1]);
            Assert.AreEqual(1000000, grid[LogFrequencyGrid.ReferenceIndex]);
        }

        [TestMethod]
        public void InnerPointsAreTheR40SeriesWithinOneMillihertz()
        {
            int[] grid = LogFrequencyGrid.CreateMilliHertz();
            double worst = 0;
            for (int i = 1; i < grid.Length - 1; i++)
            {
                double exact = 1e6 * Math.Pow(10, (i - LogFrequencyGrid.ReferenceIndex) / 40.0);
                worst = Math.Max(worst, Math.Abs(grid[i] - exact));
            }

            Assert.IsTrue(worst <= 1.0, "worst deviation from 10^(k/40) kHz: " + worst.ToString() + " mHz");
        }

        [TestMethod]
        public void StepsAreFinerThanOneSixthOctave()
        {
            int[] grid = LogFrequencyGrid.CreateMilliHertz();
            double sixthOctave = Math.Pow(2, 1.0 / 6);
            for (int i = 1; i < grid.Length; i++)
            {
                double ratio = (double)grid[i] / grid[i - 1];
                Assert.IsTrue(ratio > 1 && ratio < sixthOctave, "step " + i.ToString() + " ratio " + ratio.ToString());
            }
        }
    }
}
