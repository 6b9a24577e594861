using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Tests.Measurement.Fakes;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Measurement
{
    /// <summary>
    /// The DC guard on the DC monitor (GPIO39: 1.298 V + 0.332 × leg DC, 0.806 mV per code). With one
    /// read, code 1652 is the first at or above +100 mV at the leg and 1569 the first at or below −100 mV.
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
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            cb.Bench.DcMonitorCode = 1651;
            AssertStatus(MeasurementStatus.Ok, MeasureLeft(cb));
            cb.Bench.DcMonitorCode = 1652;
            AssertStatus(MeasurementStatus.DcOffset, MeasureLeft(cb));
        }

        [TestMethod]
        public void FakeMonitorJustBelowAndAboveTheLimitNegative()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
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
