using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Tests.Measurement.Fakes;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Measurement
{
    /// <summary>
    /// The DC guard on the DC monitor (GPIO39: 1.298 V + 0.332 × leg DC, 0.806 mV per code). With one
    /// read and the nominal zero, code 1652 is the first at or above +100 mV at the leg and 1569 the first at
    /// or below −100 mV; against a calibrated zero of 1610 codes they are 1652 and 1568 (docs/measurement.md H4).
    /// </summary>
    [TestClass]
    public class DcMonitorGuardTests
    {
        private static void AssertStatus(MeasurementStatus expected, MeasurementStatus actual)
        {
            Assert.AreEqual(expected.ToString(), actual.ToString());
        }

        [TestMethod]
        public void LimitIsInclusiveInBothPolarities()
        {
            FrontEndConstants fe = FrontEndConstants.Default();
            AssertStatus(MeasurementStatus.Ok, CaptureGuards.CheckDcMicroVolts(99999, fe));
            AssertStatus(MeasurementStatus.DcOffset, CaptureGuards.CheckDcMicroVolts(100000, fe));
            AssertStatus(MeasurementStatus.DcOffset, CaptureGuards.CheckDcMicroVolts(100001, fe));
            AssertStatus(MeasurementStatus.Ok, CaptureGuards.CheckDcMicroVolts(-99999, fe));
            AssertStatus(MeasurementStatus.DcOffset, CaptureGuards.CheckDcMicroVolts(-100000, fe));
            AssertStatus(MeasurementStatus.DcOffset, CaptureGuards.CheckDcMicroVolts(-100001, fe));
            AssertStatus(MeasurementStatus.Ok, CaptureGuards.CheckDcMicroVolts(0, fe));
        }

        [TestMethod]
        public void MonitorCodesConvertToLegMicroVolts()
        {
            FrontEndConstants fe = FrontEndConstants.Default();
            // 1610 codes = 1297.66 mV → −1.0 mV at the leg; 16 reads average the same.
            Assert.AreEqual(-1024L, CaptureGuards.DcMonitorMicroVolts(1610, 1, fe));
            Assert.AreEqual(-1024L, CaptureGuards.DcMonitorMicroVolts(16 * 1610, 16, fe));
            Assert.AreEqual(98512L, CaptureGuards.DcMonitorMicroVolts(1651, 1, fe));
            Assert.AreEqual(100939L, CaptureGuards.DcMonitorMicroVolts(1652, 1, fe));
            Assert.AreEqual(-98132L, CaptureGuards.DcMonitorMicroVolts(1570, 1, fe));
            Assert.AreEqual(-100560L, CaptureGuards.DcMonitorMicroVolts(1569, 1, fe));
        }

        [TestMethod]
        public void FakeMonitorJustBelowAndAboveTheLimitPositive()
        {
            CalibratedBench cb = NominalZero();
            cb.Bench.DcMonitorCode = 1651;
            AssertStatus(MeasurementStatus.Ok, MeasureLeft(cb));
            cb.Bench.DcMonitorCode = 1652;
            AssertStatus(MeasurementStatus.DcOffset, MeasureLeft(cb));
        }

        [TestMethod]
        public void FakeMonitorJustBelowAndAboveTheLimitNegative()
        {
            CalibratedBench cb = NominalZero();
            cb.Bench.DcMonitorCode = 1570;
            AssertStatus(MeasurementStatus.Ok, MeasureLeft(cb));
            cb.Bench.DcMonitorCode = 1569;
            AssertStatus(MeasurementStatus.DcOffset, MeasureLeft(cb));
        }

        [TestMethod]
        public void PinnedMonitorReadsDcOffset()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            cb.Bench.DcMonitorCode = 4095;
            AssertStatus(MeasurementStatus.DcOffset, MeasureLeft(cb));
            cb.Bench.DcMonitorCode = 0;
            AssertStatus(MeasurementStatus.DcOffset, MeasureLeft(cb));
        }

        [TestMethod]
        public void PlugOffsetsAroundTheLimitBothPolarities()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            AssertStatus(MeasurementStatus.Ok, MeasureLeftWithDc(cb, 0.05));
            AssertStatus(MeasurementStatus.Ok, MeasureLeftWithDc(cb, -0.05));
            AssertStatus(MeasurementStatus.DcOffset, MeasureLeftWithDc(cb, 0.15));
            AssertStatus(MeasurementStatus.DcOffset, MeasureLeftWithDc(cb, -0.15));
        }

        [TestMethod]
        public void ZeroReferencedCodesConvertToLegMicroVolts()
        {
            FrontEndConstants fe = FrontEndConstants.Default();
            // Zero at 1610 codes: +41 codes = 33046 µV at the monitor = 99536 µV at the leg, +42 = 101963.
            Assert.AreEqual(0L, CaptureGuards.DcMonitorMicroVoltsFromZero(16 * 1610, 16, 16 * 1610, 16, fe));
            Assert.AreEqual(99536L, CaptureGuards.DcMonitorMicroVoltsFromZero(1651, 1, 16 * 1610, 16, fe));
            Assert.AreEqual(101963L, CaptureGuards.DcMonitorMicroVoltsFromZero(1652, 1, 16 * 1610, 16, fe));
            Assert.AreEqual(-99536L, CaptureGuards.DcMonitorMicroVoltsFromZero(1569, 1, 16 * 1610, 16, fe));
            Assert.AreEqual(-101963L, CaptureGuards.DcMonitorMicroVoltsFromZero(1568, 1, 16 * 1610, 16, fe));
            Assert.AreEqual(0L, CaptureGuards.DcMonitorMicroVoltsFromZero(1610, 1, 0, 0, fe));
        }

        [TestMethod]
        public void CheckDcComparesWithTheCalibratedZero()
        {
            FrontEndConstants fe = FrontEndConstants.Default();
            OslCalibration cal = new OslCalibration(fe.ShuntMicroOhms.Length, 1, fe.SenseGains.Length);
            // A monitor 200 codes above nominal (an ADC offset of ≈ 160 mV, ≈ 485 mV at the leg).
            cal.SetDcZero(0, 16 * 1810, 16);
            AssertStatus(MeasurementStatus.Ok, CaptureGuards.CheckDc(Record(0, 1810), fe, cal));
            AssertStatus(MeasurementStatus.Ok, CaptureGuards.CheckDc(Record(0, 1851), fe, cal));
            AssertStatus(MeasurementStatus.DcOffset, CaptureGuards.CheckDc(Record(0, 1852), fe, cal));
            AssertStatus(MeasurementStatus.Ok, CaptureGuards.CheckDc(Record(0, 1769), fe, cal));
            AssertStatus(MeasurementStatus.DcOffset, CaptureGuards.CheckDc(Record(0, 1768), fe, cal));
            // The nominal zero would call the 0 V reading an offset.
            AssertStatus(MeasurementStatus.DcOffset, CaptureGuards.CheckDc(Record(0, 1810), fe));
            // A leg without a zero keeps the nominal one.
            AssertStatus(MeasurementStatus.DcOffset, CaptureGuards.CheckDc(Record(1, 1810), fe, cal));
            AssertStatus(MeasurementStatus.Ok, CaptureGuards.CheckDc(Record(1, 1610), fe, cal));
            // Pinned reads stay DcOffset whatever the zero.
            cal.SetDcZero(0, 16 * 4000, 16);
            AssertStatus(MeasurementStatus.DcOffset, CaptureGuards.CheckDc(Record(0, 4095), fe, cal));
        }

        [TestMethod]
        public void CalibrationMeasuresTheZeroOnTheOpenStandard()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            OslCalibration cal = cb.Engine.CalibrationData;
            Assert.IsTrue(cal.HasDcZero(0));
            Assert.IsTrue(cal.HasDcZero(1));
            Assert.IsFalse(cal.HasDcZero(2));
            int mean = cal.DcZeroSumCodes[0] / cal.DcZeroReads[0];
            Assert.IsTrue(mean >= 1605 && mean <= 1615, "zero near the nominal 1610 codes: " + mean.ToString());
        }

        [TestMethod]
        public void FakeMonitorAroundTheCalibratedZero()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            cb.Engine.CalibrationData.SetDcZero(0, 16 * 1610, 16);
            cb.Bench.DcMonitorCode = 1651;
            AssertStatus(MeasurementStatus.Ok, MeasureLeft(cb));
            cb.Bench.DcMonitorCode = 1652;
            AssertStatus(MeasurementStatus.DcOffset, MeasureLeft(cb));
            cb.Bench.DcMonitorCode = 1569;
            AssertStatus(MeasurementStatus.Ok, MeasureLeft(cb));
            cb.Bench.DcMonitorCode = 1568;
            AssertStatus(MeasurementStatus.DcOffset, MeasureLeft(cb));
        }

        /// <summary>A calibrated bench whose left-leg DC zero is forgotten, so the guard uses the nominal zero.</summary>
        private static CalibratedBench NominalZero()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            cb.Engine.CalibrationData.SetDcZero(0, 0, 0);
            return cb;
        }

        /// <summary>A 16-read DC monitor record of <paramref name="leg"/> with every read at <paramref name="code"/>.</summary>
        private static CaptureHeader Record(int leg, int code)
        {
            CaptureStore store = new CaptureStore(1, 1);
            int i = store.Reserve(1);
            CaptureHeader h = store.Headers[i];
            h.Role = CaptureRole.ListenDc;
            h.Leg = leg;
            h.Steps = 16;
            h.SumCodes = 16L * code;
            h.MinCode = code;
            h.MaxCode = code;
            return h;
        }

        private static MeasurementStatus MeasureLeft(CalibratedBench cb)
        {
            cb.Bench.PlugAll(FakePlug.Resistor(1.0));
            return cb.Engine.Measure(JackType.Se35, null).Legs[0].Status;
        }

        private static MeasurementStatus MeasureLeftWithDc(CalibratedBench cb, double volts)
        {
            FakePlug plug = FakePlug.Resistor(1.0);
            plug.DcVolts = volts;
            cb.Bench.PlugAll(plug);
            return cb.Engine.Measure(JackType.Se35, null).Legs[0].Status;
        }
    }
}
