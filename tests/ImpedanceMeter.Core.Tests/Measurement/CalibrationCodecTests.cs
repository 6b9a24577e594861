using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Tests.Measurement.Fakes;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Measurement
{
    [TestClass]
    public class CalibrationCodecTests
    {
        [TestMethod]
        public void CalibrationSurvivesARoundTripThroughBytes()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            byte[] saved = cb.Engine.CalibrationToBytes();

            FakeBench bench = new FakeBench();
            ZoutEngine fresh = new ZoutEngine(bench, bench, bench, bench, bench, bench, FrontEndConstants.Default());
            Assert.IsTrue(fresh.CalibrationFromBytes(saved), "restore");
            Assert.IsTrue(fresh.Calibration.IsComplete, "complete after restore");
            Assert.AreEqual(cb.Engine.Calibration.CalibrationId, fresh.Calibration.CalibrationId);

            bench.PlugAll(FakePlug.Resistor(4.7));
            MeasurementResult r = fresh.Measure(JackType.Se35, null);
            Assert.AreEqual((int)MeasurementStatus.Ok, (int)r.Status, "status " + r.Status.ToString());
            int re = r.Legs[0].Points[1].ReMicroOhms;
            Assert.IsTrue(re > 4700000 - 30000 && re < 4700000 + 30000, "4.7 Ω read " + re.ToString());
        }

        [TestMethod]
        public void CorruptedOrForeignBytesAreRejectedAndChangeNothing()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            byte[] saved = cb.Engine.CalibrationToBytes();
            saved[40] ^= 0x01;
            FakeBench bench = new FakeBench();
            ZoutEngine fresh = new ZoutEngine(bench, bench, bench, bench, bench, bench, FrontEndConstants.Default());
            Assert.IsFalse(fresh.CalibrationFromBytes(saved), "bit flip");
            Assert.IsFalse(fresh.CalibrationFromBytes(new byte[10]), "short record");
            Assert.IsFalse(fresh.CalibrationFromBytes(null), "null");
            Assert.IsFalse(fresh.Calibration.IsComplete);
        }

        [TestMethod]
        public void ClearCalibrationForgetsEverything()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            cb.Engine.ClearCalibration();
            Assert.IsFalse(cb.Engine.Calibration.IsComplete);
            Assert.AreEqual(0, cb.Engine.Calibration.CalibrationId);
        }
    }
}
