using System;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Verdict;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Verdict
{
    [TestClass]
    public class ZoutEvaluatorTests
    {
        [TestMethod]
        public void ReactancesMatchTheirFormulas()
        {
            double worst = 0;
            int[] freqs = new int[] { 20000, 1000000, 20000000 };
            int[] values = new int[] { 1, 1000, 100000, 2200000, 1000000000 };
            for (int i = 0; i < freqs.Length; i++)
            {
                for (int j = 0; j < values.Length; j++)
                {
                    double w = 2 * Math.PI * freqs[i] / 1000.0;
                    double xl = w * values[j] * 1e-9 * 1e6;
                    double xc = 1 / (w * values[j] * 1e-9) * 1e6;
                    // Integer µΩ: allow half a µΩ of rounding plus 1 ppm.
                    worst = Math.Max(worst, (Math.Abs(ZoutEvaluator.InductiveReactance(freqs[i], values[j]) - xl) - 0.5) / Math.Max(1, xl));
                    worst = Math.Max(worst, (Math.Abs(ZoutEvaluator.CapacitiveReactance(freqs[i], values[j]) - xc) - 0.5) / Math.Max(1, xc));
                }
            }

            Assert.IsTrue(worst <= 1e-6, "worst relative error beyond rounding " + worst.ToString());
            Assert.AreEqual(0L, ZoutEvaluator.CapacitiveReactance(1000000, 0), "C = 0 means no capacitor");
        }

        [TestMethod]
        public void PointsWithABadStatusAreIgnored()
        {
            ZoutPoint good = new ZoutPoint();
            good.FrequencyMilliHertz = 1000000;
            good.ReMicroOhms = 500000;
            good.Status = MeasurementStatus.Ok;
            ZoutPoint bad = new ZoutPoint();
            bad.FrequencyMilliHertz = 100000;
            bad.ReMicroOhms = 99000000;
            bad.Status = MeasurementStatus.NotIdle;
            ZoutEvaluator e = new ZoutEvaluator(new ZoutPoint[] { bad, good });
            long re;
            long im;
            e.At(100000, FixedLog2.Log2Q32(100000), out re, out im);
            Assert.AreEqual(500000L, re);
            Assert.Throws(typeof(ArgumentException), () => new ZoutEvaluator(new ZoutPoint[] { bad }));
        }

        [TestMethod]
        public void UnsortedPointsAreSortedBeforeInterpolating()
        {
            ZoutPoint a = new ZoutPoint();
            a.FrequencyMilliHertz = 10000000;
            a.ReMicroOhms = 2000000;
            ZoutPoint b = new ZoutPoint();
            b.FrequencyMilliHertz = 100000;
            b.ReMicroOhms = 1000000;
            ZoutEvaluator e = new ZoutEvaluator(new ZoutPoint[] { a, b });
            long re;
            long im;
            ZoutOrigin o = e.At(1000000, FixedLog2.Log2Q32(1000000), out re, out im);
            Assert.AreEqual(ZoutOrigin.Interpolated, o);
            Assert.IsTrue(Math.Abs(re - 1500000) <= 1, "halfway in log f: " + re.ToString());
        }
    }
}
