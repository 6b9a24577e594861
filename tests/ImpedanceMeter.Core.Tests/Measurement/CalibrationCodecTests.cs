using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Storage;
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
        public void DcMonitorZerosSurviveTheRoundTrip()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            FakeBench bench = new FakeBench();
            ZoutEngine fresh = new ZoutEngine(bench, bench, bench, bench, bench, bench, FrontEndConstants.Default());
            Assert.IsTrue(fresh.CalibrationFromBytes(cb.Engine.CalibrationToBytes()), "restore");
            for (int leg = 0; leg < OslCalibration.LegSlots; leg++)
            {
                Assert.AreEqual(cb.Engine.CalibrationData.DcZeroSumCodes[leg], fresh.CalibrationData.DcZeroSumCodes[leg], "sum");
                Assert.AreEqual(cb.Engine.CalibrationData.DcZeroReads[leg], fresh.CalibrationData.DcZeroReads[leg], "reads");
            }

            Assert.IsTrue(fresh.CalibrationData.HasDcZero(0));
        }

        [TestMethod]
        public void Version1RecordWithoutDcZerosIsRejected()
        {
            // A version 1 record: the same fields without the 6 × (sum, reads) DC zeros, with a valid CRC.
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            byte[] current = cb.Engine.CalibrationToBytes();
            int body = current.Length - 4 - (8 * OslCalibration.LegSlots);
            byte[] v1 = new byte[body + 4];
            for (int i = 0; i < body; i++)
            {
                v1[i] = current[i];
            }

            v1[4] = 1;
            Reseal(v1);
            AssertRejectedByAFreshEngine(v1, "version 1");
        }

        [TestMethod]
        public void Version2RecordIsRejected()
        {
            // Version 2 named a plan by its record lengths only; the same bytes labelled version 2, with a valid CRC.
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            byte[] v2 = cb.Engine.CalibrationToBytes();
            v2[4] = 2;
            Reseal(v2);
            AssertRejectedByAFreshEngine(v2, "version 2");
        }

        [TestMethod]
        public void ARecordFromAStreamPlanWithOtherTonesOrAnotherSampleRateIsRejected()
        {
            // Every stream entry has 82-sample records: only the tone periods per record and the sample interval tell plans apart.
            SpotFrequencyPlan stream = SpotFrequencyPlan.Stream();
            OslCalibration cal = new OslCalibration(3, stream.Count, 3);
            CalibrationState state = new CalibrationState();
            state.CalibrationId = 7;
            byte[] saved = CalibrationCodec.ToBytes(cal, state, stream);

            int[] otherCycles = new int[] { 1, 2, 5, 41 };
            SpotFrequencyPlan otherTones = new SpotFrequencyPlan(stream.Steps, otherCycles, 1, 1476, 125, 820);
            SpotFrequencyPlan otherRate = new SpotFrequencyPlan(stream.Steps, stream.Cycles, 1, 1476, 250, 820);
            CalibrationState restored = new CalibrationState();
            Assert.IsFalse(CalibrationCodec.FromBytes(saved, new OslCalibration(3, 4, 3), restored, otherTones), "other tones");
            Assert.IsFalse(CalibrationCodec.FromBytes(saved, new OslCalibration(3, 4, 3), restored, otherRate), "other sample interval");
            Assert.AreEqual(0, restored.CalibrationId, "a rejected record changes nothing");
            Assert.IsTrue(CalibrationCodec.FromBytes(saved, new OslCalibration(3, 4, 3), restored, SpotFrequencyPlan.Stream()), "same plan");
            Assert.AreEqual(7, restored.CalibrationId);
        }

        [TestMethod]
        public void ClearCalibrationForgetsEverything()
        {
            CalibratedBench cb = new CalibratedBench(JackType.Se35);
            cb.Engine.ClearCalibration();
            Assert.IsFalse(cb.Engine.Calibration.IsComplete);
            Assert.AreEqual(0, cb.Engine.Calibration.CalibrationId);
        }

        /// <summary>A fresh engine refuses <paramref name="record"/> and stays uncalibrated.</summary>
        private static void AssertRejectedByAFreshEngine(byte[] record, string label)
        {
            FakeBench bench = new FakeBench();
            ZoutEngine fresh = new ZoutEngine(bench, bench, bench, bench, bench, bench, FrontEndConstants.Default());
            Assert.IsFalse(fresh.CalibrationFromBytes(record), label);
            Assert.IsFalse(fresh.Calibration.IsComplete, label + ": still uncalibrated");
        }

        /// <summary>Writes a valid CRC-32 of everything before the record's last four bytes into them (little-endian).</summary>
        private static void Reseal(byte[] record)
        {
            int body = record.Length - 4;
            uint crc = Crc32.Compute(record, 0, body);
            record[body] = (byte)crc;
            record[body + 1] = (byte)(crc >> 8);
            record[body + 2] = (byte)(crc >> 16);
            record[body + 3] = (byte)(crc >> 24);
        }
    }
}
