using System;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Tests.Measurement.Fakes;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Measurement
{
    [TestClass]
    public class ZoutModelFitterTests
    {
        private static ZoutPoint Point(double hz, double r, double c, double l)
        {
            double w = 2 * Math.PI * hz;
            double x = (w * l) - (c > 0 ? 1.0 / (w * c) : 0.0);
            ZoutPoint p = new ZoutPoint();
            p.FrequencyMilliHertz = (int)Math.Round(hz * 1000);
            p.ReMicroOhms = (int)Math.Round(r * 1e6);
            p.ImMicroOhms = (int)Math.Round(x * 1e6);
            p.Status = MeasurementStatus.Ok;
            return p;
        }

        private static ZoutPoint[] Points(double r, double c, double l)
        {
            ZoutPoint[] points = new ZoutPoint[3];
            points[0] = Point(52.1, r, c, l);
            points[1] = Point(104.2, r, c, l);
            points[2] = Point(208.3, r, c, l);
            return points;
        }

        [TestMethod]
        public void FitRecoversROfAResistiveSourceAndReportsNoCapacitor()
        {
            ZoutModel m = ZoutModelFitter.Fit(Points(0.9, 0, 0));
            Assert.IsTrue(m.IsValid);
            Assert.AreEqual(900000, m.RMicroOhms);
            Assert.AreEqual(0, m.CNanoFarads);
            Assert.AreEqual(0, m.LNanoHenries);
            Assert.IsTrue(m.ResidualMicroOhms <= 1, "residual " + m.ResidualMicroOhms.ToString());
        }

        [TestMethod]
        public void FitRecoversRAndCOfCapacitorCoupledSources()
        {
            double[] rs = { 0.5, 2.0, 10.0 };
            double[] cs = { 100e-6, 220e-6, 470e-6 };
            for (int i = 0; i < rs.Length; i++)
            {
                for (int j = 0; j < cs.Length; j++)
                {
                    ZoutModel m = ZoutModelFitter.Fit(Points(rs[i], cs[j], 0));
                    double c = m.CNanoFarads * 1e-9;
                    Assert.IsTrue(Math.Abs(c - cs[j]) / cs[j] < 0.001, "C " + c.ToString() + " for " + cs[j].ToString());
                    Assert.IsTrue(Math.Abs((m.RMicroOhms / 1e6) - rs[i]) < 1e-5, "R");
                    Assert.AreEqual(0, m.LNanoHenries);
                }
            }
        }

        [TestMethod]
        public void FitRecoversAnInductance()
        {
            ZoutModel m = ZoutModelFitter.Fit(Points(1.0, 0, 50e-6));
            Assert.IsTrue(Math.Abs((m.LNanoHenries * 1e-9) - 50e-6) / 50e-6 < 0.01, "L nH " + m.LNanoHenries.ToString());
            Assert.AreEqual(0, m.CNanoFarads);
        }

        [TestMethod]
        public void ResidualShowsPointsTheModelCannotExplain()
        {
            ZoutPoint[] points = Points(1.0, 0, 0);
            points[1].ReMicroOhms += 30000;
            ZoutModel m = ZoutModelFitter.Fit(points);
            // Mean shifts by 10 mΩ; residual RMS = √((10² + 20² + 10²)/3) mΩ = 14.1 mΩ.
            Assert.IsTrue(Math.Abs(m.ResidualMicroOhms - 14142) <= 2, "residual " + m.ResidualMicroOhms.ToString());
        }

        [TestMethod]
        public void PointsThatAreNotOkAreLeftOut()
        {
            ZoutPoint[] points = Points(2.0, 0, 0);
            points[2].Status = MeasurementStatus.NotIdle;
            points[2].ReMicroOhms = 99000000;
            ZoutModel m = ZoutModelFitter.Fit(points);
            Assert.AreEqual(2000000, m.RMicroOhms);
        }

        [TestMethod]
        public void EngineMeasuresCapacitorCoupledSourceAndModelRecoversC()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            double[] rs = { 2.0, 0.5 };
            double[] cs = { 100e-6, 220e-6 };
            for (int i = 0; i < rs.Length; i++)
            {
                cb.Bench.PlugAll(FakePlug.SeriesRc(rs[i], cs[i]));
                MeasurementResult r = cb.Engine.Measure(JackType.Se35, null);
                ZoutModel m = r.Legs[0].Model;
                OutputHelper.WriteLine(rs[i].ToString() + " Ω + " + (cs[i] * 1e6).ToString() + " µF: R=" + (m.RMicroOhms / 1e6).ToString("F4") + " C=" + (m.CNanoFarads / 1000.0).ToString("F2") + " µF residual " + m.ResidualMicroOhms.ToString() + " µΩ, status " + r.Legs[0].Status.ToString());
                Assert.AreEqual((int)MeasurementStatus.Ok, (int)r.Legs[0].Status, "status " + r.Legs[0].Status.ToString());
                // The fake is a bilinear-transform filter: its C appears ×tan(θ/2)/(θ/2) (≤ 1.3 % at N = 16).
                Assert.IsTrue(Math.Abs((m.CNanoFarads * 1e-9) - cs[i]) / cs[i] < 0.05, "C within 5 %");
                Assert.IsTrue(Math.Abs((m.RMicroOhms / 1e6) - rs[i]) < (0.005 * rs[i]) + 0.005, "R");
            }
        }
    }
}
