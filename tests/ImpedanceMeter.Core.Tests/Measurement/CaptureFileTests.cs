using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Tests.Measurement.Fakes;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Measurement
{
    [TestClass]
    public class CaptureFileTests
    {
        private static string[] CaptureOf(CalibratedBench cb, JackType jack, FakePlug plug)
        {
            cb.Bench.PlugAll(plug);
            cb.Engine.Measure(jack, null);
            LineCollector lines = new LineCollector();
            cb.Engine.WriteLastCapture(lines);
            return lines.Lines();
        }

        [TestMethod]
        public void AnalyzerReproducesTheDeviceResultBitExactly()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            FakePlug[] plugs = { FakePlug.Resistor(0.9), FakePlug.SeriesRc(2.0, 100e-6), FakePlug.OpenCircuit() };
            for (int i = 0; i < plugs.Length; i++)
            {
                string[] lines = CaptureOf(cb, JackType.Se35, plugs[i]);
                string error;
                CaptureFile file = CaptureFileReader.Parse(lines, out error);
                Assert.IsNull(error, error);
                MeasurementResult again = CaptureAnalyzer.Analyze(file);
                Assert.AreEqual(0, CaptureAnalyzer.CountMismatches(file, again), "mismatching points");
                MeasurementResult device = cb.Engine.LastResult;
                for (int l = 0; l < device.Legs.Length; l++)
                {
                    Assert.AreEqual(device.Legs[l].Model.RMicroOhms, again.Legs[l].Model.RMicroOhms, "model R");
                    Assert.AreEqual(device.Legs[l].Model.CNanoFarads, again.Legs[l].Model.CNanoFarads, "model C");
                    for (int f = 0; f < device.Legs[l].Points.Length; f++)
                    {
                        Assert.AreEqual(device.Legs[l].Points[f].ReMicroOhms, again.Legs[l].Points[f].ReMicroOhms, "Re");
                        Assert.AreEqual(device.Legs[l].Points[f].ImMicroOhms, again.Legs[l].Points[f].ImMicroOhms, "Im");
                        Assert.AreEqual((int)device.Legs[l].Points[f].Status, (int)again.Legs[l].Points[f].Status, "status");
                    }
                }
            }
        }

        [TestMethod]
        public void BalancedCaptureRoundTripsWithDifferentialLegs()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Bal44);
            string[] lines = CaptureOf(cb, JackType.Bal44, FakePlug.Resistor(1.5));
            string error;
            CaptureFile file = CaptureFileReader.Parse(lines, out error);
            Assert.IsNull(error, error);
            Assert.AreEqual(0, CaptureAnalyzer.CountMismatches(file, CaptureAnalyzer.Analyze(file)));
        }

        [TestMethod]
        public void DcMonitorZerosRoundTripThroughTheCapture()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            // A zero 60 codes above the real one: the 0 V plug then reads DcOffset, and only a reader that
            // restores the DCZERO records reproduces that verdict.
            cb.Engine.CalibrationData.SetDcZero(0, cb.Engine.CalibrationData.DcZeroSumCodes[0] + (60 * 16), 16);
            string[] lines = CaptureOf(cb, JackType.Se35, FakePlug.Resistor(0.9));
            Assert.AreEqual((int)MeasurementStatus.DcOffset, (int)cb.Engine.LastResult.Legs[0].Status, "device verdict");
            string error;
            CaptureFile file = CaptureFileReader.Parse(lines, out error);
            Assert.IsNull(error, error);
            Assert.AreEqual(cb.Engine.CalibrationData.DcZeroSumCodes[0], file.Calibration.DcZeroSumCodes[0]);
            Assert.AreEqual(cb.Engine.CalibrationData.DcZeroReads[1], file.Calibration.DcZeroReads[1]);
            MeasurementResult again = CaptureAnalyzer.Analyze(file);
            Assert.AreEqual(0, CaptureAnalyzer.CountMismatches(file, again), "mismatching points");
            Assert.AreEqual((int)MeasurementStatus.DcOffset, (int)again.Legs[0].Status, "analyzer verdict");
        }

        [TestMethod]
        public void EditedCaptureFailsItsChecksum()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            string[] lines = CaptureOf(cb, JackType.Se35, FakePlug.Resistor(0.9));
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith("P,"))
                {
                    lines[i] = lines[i] + "1";
                    break;
                }
            }

            string error;
            Assert.IsNull(CaptureFileReader.Parse(lines, out error));
            Assert.AreEqual("CRC mismatch", error);
        }

        [TestMethod]
        public void ReaderRejectsAnotherVersion()
        {
            string[] lines = { "IMCAP,version=2", "END,crc=0" };
            string error;
            Assert.IsNull(CaptureFileReader.Parse(lines, out error));
            Assert.IsNotNull(error);
        }

        [TestMethod]
        public void CaptureRecordsStayWithinTheLineLimit()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            string[] lines = CaptureOf(cb, JackType.Se35, FakePlug.Resistor(0.9));
            for (int i = 0; i < lines.Length; i++)
            {
                Assert.IsTrue(lines[i].Length <= 250, "line " + i.ToString() + " has " + lines[i].Length.ToString() + " characters");
            }
        }
    }
}
