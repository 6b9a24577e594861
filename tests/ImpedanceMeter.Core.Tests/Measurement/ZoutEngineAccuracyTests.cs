using System;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Tests.Measurement.Fakes;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Measurement
{
    [TestClass]
    public class ZoutEngineAccuracyTests
    {
        [TestMethod]
        public void CalibrationCompletesAndIssuesAnId()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            Assert.IsTrue(cb.CalibrationOk, "open/short/load: " + cb.CalibrationStatuses[0].ToString() + "/" + cb.CalibrationStatuses[1].ToString() + "/" + cb.CalibrationStatuses[2].ToString());
            Assert.IsTrue(cb.Engine.Calibration.IsComplete, "complete");
            Assert.AreEqual(1, cb.Engine.Calibration.CalibrationId);
        }

        [TestMethod]
        public void ResistiveSourcesReadWithinHalfPercentPlusFiveMilliOhms()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            double[] ohms = { 0.05, 0.2, 0.9, 2.0, 10.0, 33.0, 120.0, 150.0 };
            double worst = 0;
            for (int i = 0; i < ohms.Length; i++)
            {
                cb.Bench.PlugAll(FakePlug.Resistor(ohms[i]));
                MeasurementResult r = cb.Engine.Measure(JackType.Se35, null);
                for (int l = 0; l < r.Legs.Length; l++)
                {
                    for (int f = 0; f < r.Legs[l].Points.Length; f++)
                    {
                        ZoutPoint p = r.Legs[l].Points[f];
                        Assert.AreEqual((int)MeasurementStatus.Ok, (int)p.Status, ohms[i].ToString() + " Ω status " + p.Status.ToString());
                        double re = p.ReMicroOhms / 1e6;
                        double im = p.ImMicroOhms / 1e6;
                        double error = Math.Sqrt(((re - ohms[i]) * (re - ohms[i])) + (im * im));
                        double allowed = (0.005 * ohms[i]) + 0.005;
                        worst = Math.Max(worst, error / allowed);
                        OutputHelper.WriteLine(ohms[i].ToString() + " Ω leg " + l.ToString() + " f=" + (p.FrequencyMilliHertz / 1000.0).ToString("F1") + " Hz: " + re.ToString("F5") + " " + im.ToString("F5") + "j");
                        Assert.IsTrue(error <= allowed, ohms[i].ToString() + " Ω read " + re.ToString("F5") + " + " + im.ToString("F5") + "j");
                    }
                }
            }

            OutputHelper.WriteLine("worst error / allowance: " + worst.ToString("F3"));
        }
    }
}
