using ImpedanceMeter.Core.Dsp;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Dsp
{
    [TestClass]
    public class RecordReferencesTests
    {
        [TestMethod]
        public void ReferencesFollowTheDoubleOracleAndSumToZeroOverARecord()
        {
            int[] cycles = { 1, 2, 5, 10 };
            for (int c = 0; c < cycles.Length; c++)
            {
                RecordReferences r = new RecordReferences(82, cycles[c]);
                long sumSin = 0;
                long sumCos = 0;
                for (int j = 0; j < 82; j++)
                {
                    double angle = 2 * System.Math.PI * cycles[c] * j / 82;
                    Assert.IsTrue(System.Math.Abs(r.SinQ14[j] - (16384 * System.Math.Sin(angle))) <= 0.5001, "sin within half an LSB");
                    Assert.IsTrue(System.Math.Abs(r.CosQ14[j] - (16384 * System.Math.Cos(angle))) <= 0.5001, "cos within half an LSB");
                    sumSin += r.SinQ14[j];
                    sumCos += r.CosQ14[j];
                }

                // The ADC's mean code must not leak into I and Q.
                Assert.AreEqual(0L, sumSin, "Σ sin, C = " + cycles[c].ToString());
                Assert.AreEqual(0L, sumCos, "Σ cos, C = " + cycles[c].ToString());
            }
        }

        [TestMethod]
        public void TheStreamPlanVisitsManyPhasesPerPeriod()
        {
            // S/gcd(S, C) distinct phases: 82, 41, 82, 41 (an integer 8 samples per period at 1 kHz gave 8).
            int[] cycles = { 1, 2, 5, 10 };
            int[] expected = { 82, 41, 82, 41 };
            for (int c = 0; c < cycles.Length; c++)
            {
                RecordReferences r = new RecordReferences(82, cycles[c]);
                int distinct = 0;
                for (int j = 0; j < 82; j++)
                {
                    bool seen = false;
                    for (int i = 0; i < j && !seen; i++)
                    {
                        seen = r.SinQ14[i] == r.SinQ14[j] && r.CosQ14[i] == r.CosQ14[j];
                    }

                    distinct += seen ? 0 : 1;
                }

                Assert.AreEqual(expected[c], distinct, "C = " + cycles[c].ToString());
            }
        }

        [TestMethod]
        public void TooFewSamplesPerPeriodAreRejected()
        {
            Assert.ThrowsException(typeof(System.ArgumentException), () => new RecordReferences(8, 4));
        }
    }
}
