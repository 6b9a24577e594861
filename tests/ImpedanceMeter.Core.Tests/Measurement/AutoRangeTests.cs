using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Tests.Measurement.Fakes;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Measurement
{
    [TestClass]
    public class AutoRangeTests
    {
        private static int LoadedRange(CalibratedBench cb, double ohms, out int gain)
        {
            cb.Bench.PlugAll(FakePlug.Resistor(ohms));
            cb.Engine.MeasurePoint(Leg.SeLeft, 0, null);
            CaptureStore s = cb.Engine.LastCaptures;
            for (int i = s.Count - 1; i >= 0; i--)
            {
                if (s.Headers[i].Role == CaptureRole.Loaded)
                {
                    gain = s.Headers[i].Gain;
                    return s.Headers[i].Range;
                }
            }

            gain = -1;
            return -1;
        }

        [TestMethod]
        public void EachImpedancePicksTheRangeThatSuitsIt()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            int gain;
            Assert.AreEqual(0, LoadedRange(cb, 0.1, out gain), "0.1 Ω → 1 Ω range");
            Assert.AreEqual(1, gain, "0.1 Ω (+ 0.05 Ω series path) on the 1 Ω range: m ≈ 0.13, ×16 would leave the window: gain 120");
            Assert.AreEqual(0, LoadedRange(cb, 0.2, out gain), "0.2 Ω → 1 Ω range");
            Assert.AreEqual(1, gain, "0.2 Ω (+ 0.05 Ω series path) on the 1 Ω range: m ≈ 0.2, gain 120");
            Assert.AreEqual(1, LoadedRange(cb, 0.4, out gain), "0.4 Ω → 10 Ω range (the 1 Ω range stops at 0.3 Ω)");
            Assert.AreEqual(2, gain, "0.4 Ω on the 10 Ω range: m ≈ 0.04, gain 480");
            Assert.AreEqual(1, LoadedRange(cb, 25, out gain), "25 Ω → 10 Ω range");
            Assert.AreEqual(2, LoadedRange(cb, 40, out gain), "40 Ω → 33 Ω range");
            Assert.AreEqual(0, gain, "40 Ω on 33 Ω (m ≈ 0.55) fits only gain 0");
            Assert.AreEqual(2, LoadedRange(cb, 150, out gain), "150 Ω → 33 Ω range");
        }

        [TestMethod]
        public void AStallInThePreviewDoesNotPickTheWrongRange()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            cb.Bench.PlugAll(FakePlug.Resistor(150));
            // Settle periods first (60 ms ≈ 9 periods of 24 steps at 300 µs), then the preview's first period stalls:
            // it and every period within 50 ms after it are rejected, so the 6-period preview has nothing and reads Z ≈ 0.
            int settleReads = (((60000 + (24 * 300) - 1) / (24 * 300)) * 24) + 5;
            cb.Bench.StallAfterLoadedReads = settleReads;
            ZoutPoint p = cb.Engine.MeasurePoint(Leg.SeLeft, 0, null);
            Assert.AreEqual(-1, cb.Bench.StallAfterLoadedReads, "the stall was injected");
            CaptureStore s = cb.Engine.LastCaptures;
            int range = -1;
            for (int i = s.Count - 1; i >= 0 && range < 0; i--)
            {
                if (s.Headers[i].Role == CaptureRole.Loaded)
                {
                    range = s.Headers[i].Range;
                }
            }

            Assert.AreEqual(2, range, "150 Ω is measured on the 33 Ω range even after a spoiled preview");
            Assert.AreEqual(MeasurementStatus.Ok, p.Status);
            double ohms = System.Math.Sqrt(((double)p.ReMicroOhms * p.ReMicroOhms) + ((double)p.ImMicroOhms * p.ImMicroOhms)) * 1e-6;
            Assert.IsTrue(System.Math.Abs(ohms - 150) < 0.005 * 150, "|Z| " + ohms.ToString() + " Ω within 0.5 %");
        }

        private static uint _lcg;

        private static double NextUnit()
        {
            _lcg = (_lcg * 1664525u) + 1013904223u;
            return (_lcg >> 8) / 16777216.0;
        }

        [TestMethod]
        public void NominalZFromPhasorsMatchesDouble()
        {
            // Oracle: Z = Rs·m/(1 − m), m = X_l/X_u in double from the same integer phasors. NominalZ rounds
            // m/(1 − m) to Q16, so the allowance is one Q16 step of Rs plus 2 µΩ plus 1 ppm of |Z|.
            _lcg = 4242;
            int[] shunts = { 1000000, 10000000, 33000000 };
            double worst = 0;
            string worstCase = string.Empty;
            for (int i = 0; i < 3000; i++)
            {
                int rs = shunts[i % 3];
                double amp = (300 + (900 * NextUnit())) * 65536.0;
                double phu = ((2 * NextUnit()) - 1) * System.Math.PI;
                long uRe = (long)System.Math.Round(amp * System.Math.Cos(phu));
                long uIm = (long)System.Math.Round(amp * System.Math.Sin(phu));
                double zMag = rs * 0.01 * System.Math.Pow(1000.0, NextUnit());
                double zPh = ((2 * NextUnit()) - 1) * System.Math.PI / 4;
                double zRe0 = zMag * System.Math.Cos(zPh);
                double zIm0 = zMag * System.Math.Sin(zPh);
                double dRe = rs + zRe0;
                double dIm = zIm0;
                double den = (dRe * dRe) + (dIm * dIm);
                double mRe0 = ((zRe0 * dRe) + (zIm0 * dIm)) / den;
                double mIm0 = ((zIm0 * dRe) - (zRe0 * dIm)) / den;
                long lRe = (long)System.Math.Round((mRe0 * uRe) - (mIm0 * uIm));
                long lIm = (long)System.Math.Round((mRe0 * uIm) + (mIm0 * uRe));

                double uu = ((double)uRe * uRe) + ((double)uIm * uIm);
                double mRe = (((double)lRe * uRe) + ((double)lIm * uIm)) / uu;
                double mIm = (((double)lIm * uRe) - ((double)lRe * uIm)) / uu;
                double oRe = 1 - mRe;
                double oIm = -mIm;
                double oo = (oRe * oRe) + (oIm * oIm);
                double wantRe = rs * ((mRe * oRe) + (mIm * oIm)) / oo;
                double wantIm = rs * ((mIm * oRe) - (mRe * oIm)) / oo;

                long zRe;
                long zIm;
                PointAcquirer.NominalZ(uRe, uIm, lRe, lIm, rs, out zRe, out zIm);
                double err = System.Math.Sqrt(((zRe - wantRe) * (zRe - wantRe)) + ((zIm - wantIm) * (zIm - wantIm)));
                double allowance = (rs / 65536.0) + 2 + (1e-6 * System.Math.Sqrt((wantRe * wantRe) + (wantIm * wantIm)));
                if (err / allowance > worst)
                {
                    worst = err / allowance;
                    worstCase = "Rs " + rs.ToString() + " µΩ, Z " + wantRe.ToString("F0") + "," + wantIm.ToString("F0") + " µΩ";
                }
            }

            OutputHelper.WriteLine("NominalZ worst error (allowance units) " + worst.ToString("F3") + " at " + worstCase);
            Assert.IsTrue(worst <= 1.0, "worst " + worst.ToString("F3") + " at " + worstCase);
        }

        [TestMethod]
        public void ChooseGainKeepsThePredictedAmplitudeInsideTheWindow()
        {
            FrontEndConstants fe = FrontEndConstants.Default();
            FakeBench bench = new FakeBench();
            CaptureRunner runner = new CaptureRunner(bench, bench, bench, bench, bench, fe, SpotFrequencyPlan.Default());
            PointAcquirer a = new PointAcquirer(runner, new CaptureReducer(128), fe, SpotFrequencyPlan.Default());
            long unloadedQ16 = 1117L << 16;
            // m = 0.05/1.05 → 53 codes at gain 0, 213 at 1, 851 at 2: gain 2 fits (limit ≈ 1234 codes).
            Assert.AreEqual(2, a.ChooseGain(unloadedQ16, 50000, 0, 1000000));
            // m = 0.2 → 223 codes at gain 0, 894 at gain 1, 3574 at gain 2: gain 1.
            Assert.AreEqual(1, a.ChooseGain(unloadedQ16, 250000, 0, 1000000));
            // m = 0.5 → 559 codes at gain 0; ×4 exceeds the window: gain 0.
            Assert.AreEqual(0, a.ChooseGain(unloadedQ16, 1000000, 0, 1000000));
        }
    }
}
