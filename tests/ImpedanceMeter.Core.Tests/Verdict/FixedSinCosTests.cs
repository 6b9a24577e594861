using System;
using ImpedanceMeter.Core.Verdict;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Verdict
{
    [TestClass]
    public class FixedSinCosTests
    {
        [TestMethod]
        public void SinAndCosMatchDoubleAcrossPlusMinusNinetyDegrees()
        {
            double worst = 0;
            int worstAngle = 0;
            for (int centiDegrees = -9000; centiDegrees <= 9000; centiDegrees += 7)
            {
                long x = FixedSinCos.RadiansQ30((long)centiDegrees << 16);
                double rad = centiDegrees * Math.PI / 18000.0;
                double errorSin = Math.Abs((FixedSinCos.SinQ30(x) / 1073741824.0) - Math.Sin(rad));
                double errorCos = Math.Abs((FixedSinCos.CosQ30(x) / 1073741824.0) - Math.Cos(rad));
                double error = Math.Max(errorSin, errorCos);
                if (error > worst)
                {
                    worst = error;
                    worstAngle = centiDegrees;
                }
            }

            OutputHelper.WriteLine("sin/cos worst error " + worst.ToString() + " at " + worstAngle.ToString() + " centidegrees");
            Assert.IsTrue(worst <= 1e-8, "worst error " + worst.ToString() + " at " + worstAngle.ToString());
        }

        [TestMethod]
        public void AnglesBeyondNinetyDegreesAreClamped()
        {
            Assert.AreEqual(FixedSinCos.RadiansQ30(9000L << 16), FixedSinCos.RadiansQ30(12000L << 16));
            Assert.AreEqual(FixedSinCos.RadiansQ30(-9000L << 16), FixedSinCos.RadiansQ30(-20000L << 16));
        }

        [TestMethod]
        public void ZeroDegreesIsExactlyOneAndZero()
        {
            Assert.AreEqual(FixedSinCos.OneQ30, FixedSinCos.CosQ30(0));
            Assert.AreEqual(0L, FixedSinCos.SinQ30(0));
        }
    }
}
