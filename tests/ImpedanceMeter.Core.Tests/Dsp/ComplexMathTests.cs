using System;
using ImpedanceMeter.Core.Dsp;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Dsp
{
    [TestClass]
    public class ComplexMathTests
    {
        private static uint _state;

        private static int NextInt()
        {
            _state = (_state * 1664525u) + 1013904223u;
            return (int)_state;
        }

        [TestMethod]
        public void DivideMatchesDoubleWithinOneStepPlusFourPartsPerBillion()
        {
            _state = 2024;
            double worst = 0;
            string worstCase = string.Empty;
            for (int i = 0; i < 5000; i++)
            {
                long aRe = (long)NextInt() << (NextInt() & 15);
                long aIm = (long)NextInt() << (NextInt() & 15);
                long bRe = (long)NextInt() << (NextInt() & 15);
                long bIm = (long)NextInt() << (NextInt() & 15);
                double den = ((double)bRe * bRe) + ((double)bIm * bIm);
                double qRe = (((double)aRe * bRe) + ((double)aIm * bIm)) / den;
                double qIm = (((double)aIm * bRe) - ((double)aRe * bIm)) / den;
                double mag = Math.Sqrt((qRe * qRe) + (qIm * qIm));
                if (mag > 1.9 || mag < 1e-3)
                {
                    continue;
                }

                int re;
                int im;
                ComplexMath.Divide(aRe, aIm, bRe, bIm, 30, out re, out im);
                // Error in output Q30 steps beyond the rounding of the result itself (half a step per component).
                // Allowance: one output step plus 4e-9 relative (operands are normalised to 30 bits).
                double error = Math.Sqrt(Math.Pow(re - (qRe * 1073741824.0), 2) + Math.Pow(im - (qIm * 1073741824.0), 2)) / (1.0 + (mag * 1073741824.0 * 4e-9));
                if (error > worst)
                {
                    worst = error;
                    worstCase = aRe.ToString() + "," + aIm.ToString() + " / " + bRe.ToString() + "," + bIm.ToString();
                }
            }

            OutputHelper.WriteLine("Divide worst error (in allowance units) " + worst.ToString() + " at " + worstCase);
            Assert.IsTrue(worst <= 1.0, "worst error in allowance units " + worst.ToString() + " at " + worstCase);
        }

        [TestMethod]
        public void DivideByZeroSaturates()
        {
            int re;
            int im;
            ComplexMath.Divide(5, -5, 0, 0, 30, out re, out im);
            Assert.AreEqual(int.MaxValue, re);
            Assert.AreEqual(-int.MaxValue, im);
        }

        [TestMethod]
        public void MagnitudeMatchesDoubleToOneStep()
        {
            _state = 99;
            for (int i = 0; i < 2000; i++)
            {
                long re = (long)NextInt() << (NextInt() & 31);
                long im = (long)NextInt() << (NextInt() & 31);
                double exact = Math.Sqrt(((double)re * re) + ((double)im * im));
                double error = Math.Abs(ComplexMath.Magnitude(re, im) - exact) / exact;
                Assert.IsTrue(error < 1e-8, "relative error " + error.ToString());
            }
        }

        [TestMethod]
        public void ScaledDivisionRoundsHalfAwayFromZero()
        {
            Assert.AreEqual(2L, ScaledDivision.Divide(3, 2, 0));
            Assert.AreEqual(-2L, ScaledDivision.Divide(-3, 2, 0));
            Assert.AreEqual(98304L, ScaledDivision.Divide(3, 2, 16));
            Assert.AreEqual(0L, ScaledDivision.Divide(3, 4, -1));
            Assert.AreEqual(1L, ScaledDivision.Divide(5, 4, -1));
            Assert.AreEqual(long.MaxValue, ScaledDivision.Divide(1, 0, 0));
        }

        [TestMethod]
        public void PhaseMatchesAtan2WithinTwentyMicroDegrees()
        {
            _state = 7;
            double worst = 0;
            for (int i = 0; i < 3000; i++)
            {
                long re = NextInt() >> (NextInt() & 15);
                long im = NextInt() >> (NextInt() & 15);
                if (re == 0 && im == 0)
                {
                    continue;
                }

                double exact = Math.Atan2(im, re) * 180e6 / Math.PI;
                double error = Math.Abs(PhaseMath.AngleMicroDegrees(re, im) - exact);
                error = Math.Min(error, 360e6 - error);
                worst = Math.Max(worst, error);
            }

            OutputHelper.WriteLine("Phase worst error " + worst.ToString() + " µdeg");
            Assert.IsTrue(worst <= 20, "worst phase error µdeg " + worst.ToString());
        }

        [TestMethod]
        public void AtanTableEqualsTheDoubleGenerator()
        {
            for (int i = 0; i < PhaseMath.AtanMicroDegrees.Length; i++)
            {
                Assert.AreEqual((int)Math.Round(Math.Atan(Math.Pow(2, -i)) * 180e6 / Math.PI), PhaseMath.AtanMicroDegrees[i], "i=" + i.ToString());
            }
        }
    }
}
