using System;
using ImpedanceMeter.Core.Dsp;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Dsp
{
    [TestClass]
    public class SyncDetectorTests
    {
        private static uint _state;

        private static double Uniform()
        {
            _state = (_state * 1664525u) + 1013904223u;
            return (_state >> 8) / 16777216.0;
        }

        [TestMethod]
        public void PhasorMatchesDoubleLockInOnNoisyQuantisedTone()
        {
            // Oracle: the same sums in double with exact sin/cos; the integer detector may differ
            // only by the Q14 rounding of its references.
            _state = 31337;
            double worst = 0;
            string worstCase = string.Empty;
            int[] lengths = { 12, 24, 48, 96 };
            for (int trial = 0; trial < 60; trial++)
            {
                int n = lengths[trial % 3];
                SineTable t = new SineTable(n, 128, 100);
                int periods = 768 / n;
                int[] codes = new int[n * periods];
                double amp = 20 + (Uniform() * 1200);
                double phase = Uniform() * 2 * Math.PI;
                double bias = 1500 + (Uniform() * 200);
                for (int i = 0; i < codes.Length; i++)
                {
                    double x = bias + (amp * Math.Cos((2 * Math.PI * (i % n) / n) + phase)) + ((Uniform() - 0.5) * 8);
                    codes[i] = (int)Math.Round(x);
                }

                long sumCos = 0;
                long sumSin = 0;
                double oRe = 0;
                double oIm = 0;
                for (int p = 0; p < periods; p++)
                {
                    int c;
                    int s;
                    SyncDetector.AccumulatePeriod(codes, p * n, t, out c, out s);
                    sumCos += c;
                    sumSin += s;
                    for (int k = 0; k < n; k++)
                    {
                        oRe += codes[(p * n) + k] * Math.Cos(2 * Math.PI * k / n);
                        oIm -= codes[(p * n) + k] * Math.Sin(2 * Math.PI * k / n);
                    }
                }

                int re;
                int im;
                SyncDetector.PhasorQ16(sumCos, sumSin, codes.Length, out re, out im);
                oRe *= 2.0 / codes.Length;
                oIm *= 2.0 / codes.Length;
                double error = Math.Sqrt(Math.Pow((re / 65536.0) - oRe, 2) + Math.Pow((im / 65536.0) - oIm, 2));
                if (error > worst)
                {
                    worst = error;
                    worstCase = "N=" + n.ToString() + " amp=" + amp.ToString("F1");
                }

                // The estimate also finds the tone that was put in (noise ±4 codes averaged over 768 samples).
                Assert.IsTrue(Math.Abs(Math.Sqrt((oRe * oRe) + (oIm * oIm)) - amp) < 1.0, "amplitude");
            }

            OutputHelper.WriteLine("SyncDetector worst |error| vs double oracle: " + worst.ToString() + " codes at " + worstCase);
            // Q14 reference rounding: ≤ 2^-15 relative per term → ≤ 0.5 code·amp/16384·√N… bound 0.05 codes.
            Assert.IsTrue(worst < 0.05, "worst error codes " + worst.ToString() + " at " + worstCase);
        }

        [TestMethod]
        public void WorstCaseFullScaleSquareWaveDoesNotOverflowAPeriodAtNinetySixSteps()
        {
            // Codes 4095 where sin ≥ 0 and 0 elsewhere maximise |Σ code·sin| for the longest table.
            SineTable t = new SineTable(96, 128, 100);
            int[] codes = new int[96];
            long exact = 0;
            for (int k = 0; k < 96; k++)
            {
                codes[k] = t.SinQ14[k] >= 0 ? 4095 : 0;
                exact += (long)codes[k] * t.SinQ14[k];
            }

            int c;
            int s;
            SyncDetector.AccumulatePeriod(codes, 0, t, out c, out s);
            Assert.AreEqual(exact, (long)s);
            Assert.IsTrue(exact > 1000000000L, "the case is near the int limit: " + exact.ToString());
        }

        [TestMethod]
        public void DcLevelCancelsExactly()
        {
            SineTable t = new SineTable(32, 128, 100);
            int[] codes = new int[32];
            for (int i = 0; i < 32; i++)
            {
                codes[i] = 4000;
            }

            int c;
            int s;
            SyncDetector.AccumulatePeriod(codes, 0, t, out c, out s);
            Assert.AreEqual(0, c);
            Assert.AreEqual(0, s);
        }
    }
}
