using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Tests.Measurement.Fakes;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Measurement
{
    [TestClass]
    public class ZoutEngineGuardTests
    {
        private static MeasurementStatus MeasureLeftWith(CalibratedBench cb, FakePlug plug)
        {
            cb.Bench.PlugAll(plug);
            MeasurementResult r = cb.Engine.Measure(JackType.Se35, null);
            return r.Legs[0].Status;
        }

        private static void AssertStatus(MeasurementStatus expected, MeasurementStatus actual)
        {
            Assert.AreEqual(expected.ToString(), actual.ToString());
        }

        [TestMethod]
        public void UncalibratedMeterSaysNotCalibrated()
        {
            FakeBench bench = new FakeBench();
            ZoutEngine engine = new ZoutEngine(bench, bench, bench, bench, bench, bench, FrontEndConstants.Default());
            bench.PlugAll(FakePlug.Resistor(1.0));
            MeasurementResult r = engine.Measure(JackType.Se35, null);
            AssertStatus(MeasurementStatus.NotCalibrated, r.Status);
            Assert.IsFalse(engine.Calibration.IsComplete);
        }

        [TestMethod]
        public void OpenOutputReadsMuted()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            AssertStatus(MeasurementStatus.Muted, MeasureLeftWith(cb, FakePlug.OpenCircuit()));
        }

        [TestMethod]
        public void ShortedLegReadsShort()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            AssertStatus(MeasurementStatus.Short, MeasureLeftWith(cb, FakePlug.Resistor(0.0)));
        }

        [TestMethod]
        public void FiftyMilliOhmsIsStillANumberNotAShort()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            AssertStatus(MeasurementStatus.Ok, MeasureLeftWith(cb, FakePlug.Resistor(0.05)));
        }

        [TestMethod]
        public void SourcePlayingMusicReadsNotIdle()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            FakePlug music = FakePlug.Resistor(1.0);
            music.InterferencePeakVolts = 0.005;
            music.InterferenceHz = 440;
            AssertStatus(MeasurementStatus.NotIdle, MeasureLeftWith(cb, music));
        }

        [TestMethod]
        public void FaintHumBelowTheIdleLimitStillMeasures()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            FakePlug hum = FakePlug.Resistor(1.0);
            hum.InterferencePeakVolts = 0.000005;
            hum.InterferenceHz = 50;
            AssertStatus(MeasurementStatus.Ok, MeasureLeftWith(cb, hum));
        }

        [TestMethod]
        public void DcOffsetAtTheJackReadsDcOffset()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            FakePlug dc = FakePlug.Resistor(1.0);
            dc.DcVolts = 0.15;
            AssertStatus(MeasurementStatus.DcOffset, MeasureLeftWith(cb, dc));
        }

        [TestMethod]
        public void GeneratorTooHotForTheAdcWindowReadsOverRange()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            cb.Bench.GeneratorPeakVolts = 0.060;
            AssertStatus(MeasurementStatus.OverRange, MeasureLeftWith(cb, FakePlug.Resistor(1.0)));
        }

        [TestMethod]
        public void UnpluggingDuringTheLoadedCaptureReadsUnplugged()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            // 20 Ω on the 10 Ω range at gain 0: the open circuit after the unplug still fits the window,
            // so the capture is kept and its blocks show the jump (at a higher gain it would clip and be retaken).
            cb.Bench.PlugAll(FakePlug.Resistor(20));
            cb.Bench.Reads = 0;
            // Left leg: DC monitor record and idle capture (512 samples) + first unloaded and preview, then the loaded
            // capture of the first spot frequency; pull the plug in the middle of it.
            ZoutPoint probe = cb.Engine.MeasurePoint(Leg.SeLeft, 0, null);
            AssertStatus(MeasurementStatus.Ok, probe.Status);
            long readsPerPoint = cb.Bench.Reads;
            cb.Bench.Reads = 0;
            cb.Bench.UnplugAfterReads = readsPerPoint - 500;
            ZoutPoint p = cb.Engine.MeasurePoint(Leg.SeLeft, 0, null);
            OutputHelper.WriteLine("reads " + readsPerPoint.ToString() + " then " + cb.Bench.Reads.ToString() + " Z=" + p.ReMicroOhms.ToString());
            AssertStatus(MeasurementStatus.Unplugged, p.Status);
        }

        [TestMethod]
        public void UnpluggingBetweenFrequenciesReadsUnpluggedNotMuted()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            cb.Bench.PlugAll(FakePlug.Resistor(0.5));
            cb.Bench.Reads = 0;
            cb.Engine.Measure(JackType.Se35, null);
            long perMeasure = cb.Bench.Reads;
            cb.Bench.PlugAll(FakePlug.Resistor(0.5));
            cb.Bench.Reads = 0;
            // Roughly after the first spot frequency of the left leg: between captures, not inside one.
            cb.Bench.UnplugAfterReads = (perMeasure * 3) / 10;
            MeasurementResult r = cb.Engine.Measure(JackType.Se35, null);
            bool sawUnplugged = false;
            for (int f = 0; f < r.Legs[0].Points.Length; f++)
            {
                OutputHelper.WriteLine("point " + f.ToString() + ": " + r.Legs[0].Points[f].Status.ToString() + " reads/measure " + perMeasure.ToString());
                Assert.IsFalse(r.Legs[0].Points[f].Status == MeasurementStatus.Muted, "a point reads Muted beside Ok points");
                sawUnplugged |= r.Legs[0].Points[f].Status == MeasurementStatus.Unplugged;
            }

            Assert.IsTrue(sawUnplugged, "left leg status " + r.Legs[0].Status.ToString());
        }

        [TestMethod]
        public void WrongPlugDuringOpenCalibrationIsRefused()
        {
            FakeBench bench = new FakeBench();
            ZoutEngine engine = new ZoutEngine(bench, bench, bench, bench, bench, bench, FrontEndConstants.Default());
            bench.PlugAll(FakePlug.Resistor(0.0));
            AssertStatus(MeasurementStatus.Short, engine.Calibrate(JackType.Se35, CalStandard.Open, null));
        }
    }
}
