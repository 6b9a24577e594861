using ImpedanceMeter.Core.Measurement;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Measurement
{
    [TestClass]
    public class ShortAveragingTests
    {
        [TestMethod]
        public void InsertionsAverageAndAFirstOrOtherGainInsertionReplaces()
        {
            OslCalibration cal = new OslCalibration(3, 4, 3);
            int s = cal.Slot(1, 0, 2, CalStandard.Short);
            cal.AverageStandard(1, 0, 2, CalStandard.Short, 300000, -9000, 2, 1);
            cal.AverageStandard(1, 0, 2, CalStandard.Short, 330000, -6000, 2, 2);
            cal.AverageStandard(1, 0, 2, CalStandard.Short, 315000, -12000, 2, 3);
            // Running mean: exactly the arithmetic mean here (315 000, −9 000), within one Q24 step in general.
            Assert.IsTrue(System.Math.Abs(cal.RawReQ24[s] - 315000) <= 1, "re " + cal.RawReQ24[s].ToString());
            Assert.IsTrue(System.Math.Abs(cal.RawImQ24[s] + 9000) <= 1, "im " + cal.RawImQ24[s].ToString());
            cal.AverageStandard(1, 0, 2, CalStandard.Short, 500000, 1000, 1, 4);
            Assert.AreEqual(500000, cal.RawReQ24[s], "another gain: ratios do not average, the new one replaces");
            Assert.AreEqual(1, cal.GainIndex[s]);
            cal.AverageStandard(1, 0, 2, CalStandard.Short, 100000, 0, 1, 1);
            Assert.AreEqual(100000, cal.RawReQ24[s], "insertion 1 starts over");
        }
    }
}
