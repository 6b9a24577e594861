using System;
using ImpedanceMeter.Core.Dsp;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Dsp
{
    [TestClass]
    public class IntegerTrigTests
    {
        [TestMethod]
        public void SinQ30MatchesDoubleWithinEightSteps()
        {
            double worst = 0;
            int worstStep = 0;
            int[] lengths = { 4, 8, 16, 32, 64, 128, 1024 };
            for (int li = 0; li < lengths.Length; li++)
            {
                int n = lengths[li];
                for (int k = 0; k < n; k++)
                {
                    double exact = Math.Sin(2 * Math.PI * k / n) * (1 << 30);
                    double error = Math.Abs(IntegerTrig.SinQ30(k, n) - exact);
                    if (error > worst)
                    {
                        worst = error;
                        worstStep = k;
                    }
                }
            }

            OutputHelper.WriteLine("SinQ30 worst error " + worst.ToString() + " Q30 steps at k=" + worstStep.ToString());
            Assert.IsTrue(worst <= 8, "worst error in Q30 steps: " + worst.ToString());
        }

        [TestMethod]
        public void SineTableEqualsTheDoubleGeneratorRoundedHalfAwayFromZero()
        {
            // The tables are computed on the device; this regenerates them with Math.Sin and compares every entry.
            int[] lengths = { 12, 16, 24, 32, 48, 64, 96 };
            for (int li = 0; li < lengths.Length; li++)
            {
                int n = lengths[li];
                SineTable t = new SineTable(n, 128, 100);
                for (int k = 0; k < n; k++)
                {
                    double s = Math.Sin(2 * Math.PI * k / n);
                    double c = Math.Cos(2 * Math.PI * k / n);
                    Assert.AreEqual((int)Math.Round(s * 16384, MidpointRounding.AwayFromZero), t.SinQ14[k], "sin N=" + n.ToString() + " k=" + k.ToString());
                    Assert.AreEqual((int)Math.Round(c * 16384, MidpointRounding.AwayFromZero), t.CosQ14[k], "cos N=" + n.ToString() + " k=" + k.ToString());
                    Assert.AreEqual(128 + (int)Math.Round(s * 100, MidpointRounding.AwayFromZero), t.DacCodes[k], "dac N=" + n.ToString() + " k=" + k.ToString());
                }
            }
        }

        [TestMethod]
        public void ReferencesSumToZeroOverAPeriod()
        {
            SineTable t = new SineTable(32, 128, 100);
            int sumSin = 0;
            int sumCos = 0;
            for (int k = 0; k < 32; k++)
            {
                sumSin += t.SinQ14[k];
                sumCos += t.CosQ14[k];
            }

            Assert.AreEqual(0, sumSin);
            Assert.AreEqual(0, sumCos);
        }

        [TestMethod]
        public void TableRejectsLengthsThatAreNotMultiplesOfFour()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => new SineTable(30, 128, 100));
        }
    }
}
