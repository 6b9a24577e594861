using ImpedanceMeter.Core.Dsp;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Tests.Measurement.Fakes;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Measurement
{
    [TestClass]
    public class StreamAcquisitionTests
    {
        private const int Records = 20;

        /// <summary>Runs 20 records of 82 samples holding 10 tone periods (the stream plan's 975.6 Hz) after 2 settle records.</summary>
        /// <summary>A store holding one 20-record capture of 82-sample records with 10 tone periods each.</summary>
        private static CaptureHeader NewCapture(out CaptureStore store)
        {
            store = new CaptureStore(1, Records);
            CaptureHeader header = store.Headers[store.Reserve(Records)];
            header.Steps = 82;
            header.Cycles = 10;
            return header;
        }

        private static CaptureSummary Capture(FakeSampleStream stream, out CaptureHeader header, out CaptureStore store)
        {
            RecordReferences references = new RecordReferences(82, 10);
            header = NewCapture(out store);
            stream.Start();
            StreamAcquisition acquisition = new StreamAcquisition(stream, stream, 82, Records);
            acquisition.StreamStarted();
            acquisition.Run(store, header, references, 2);
            CaptureSummary summary = new CaptureSummary();
            new CaptureReducer(Records).Reduce(store, 0, summary);
            return summary;
        }

        [TestMethod]
        public void PhasorFrequencyAndRecordTimingMatchTheStreamedTone()
        {
            FakeSampleStream stream = new FakeSampleStream();
            CaptureHeader h;
            CaptureStore store;
            CaptureSummary s = Capture(stream, out h, out store);
            // Capture starts after 2 settle records: sample index 164, so the phase there is 0.3 + 2π·164/8.2 = 0.3 + 40π.
            // The detector reports X = A·e^(j(phase − π/2)) for A·sin(θ + phase) (sin reference in Q).
            double re = s.ReQ16 / 65536.0;
            double im = s.ImQ16 / 65536.0;
            double magnitude = System.Math.Sqrt((re * re) + (im * im));
            Assert.IsTrue(System.Math.Abs(magnitude - 700) < 0.7, "amplitude 700 codes within 0.1 %: " + magnitude.ToString());
            double phase = System.Math.Atan2(im, re);
            double expected = 0.3 - (System.Math.PI / 2);
            Assert.IsTrue(System.Math.Abs(phase - expected) < 0.002, "phase within 2 mrad: " + phase.ToString());
            // 10 tone periods per 82 × 125 µs record: exactly 975 609.756 mHz, every record the same exact length.
            Assert.AreEqual(975610, s.FrequencyMilliHertz);
            for (int p = 0; p < Records; p++)
            {
                Assert.AreEqual(10250, store.PeriodMicros[p], "record duration");
            }

            Assert.AreEqual(Records, s.AcceptedPeriods);
            Assert.AreEqual(Records * 82, h.Samples);
        }

        [TestMethod]
        public void DetrendRemovesASlowBaselineFromMultiCycleRecords()
        {
            FakeSampleStream clean = new FakeSampleStream();
            CaptureHeader h;
            CaptureStore store;
            CaptureSummary reference = Capture(clean, out h, out store);
            FakeSampleStream ramped = new FakeSampleStream();
            ramped.Ramp = 0.5; // 41 codes per record: a coupling capacitor still settling hard
            CaptureSummary detrended = Capture(ramped, out h, out store);
            long error = ComplexMath.Magnitude((long)detrended.ReQ16 - reference.ReQ16, (long)detrended.ImQ16 - reference.ImQ16);

            // Without the detrend the ramp's leak is Σ_j s·j·ref_j per record, in Q16 codes: compute it and compare.
            RecordReferences r = new RecordReferences(82, 10);
            double leakRe = 0;
            double leakIm = 0;
            for (int j = 0; j < 82; j++)
            {
                leakRe += 0.5 * j * r.CosQ14[j];
                leakIm += 0.5 * j * r.SinQ14[j];
            }

            double leakQ16 = System.Math.Sqrt((leakRe * leakRe) + (leakIm * leakIm)) * 2 / 82 / 16384 * 65536;
            Assert.IsTrue(leakQ16 > 65536, "the undetrended leak would exceed 1 code: " + (leakQ16 / 65536).ToString());
            Assert.IsTrue(error * 20 < leakQ16, "detrended error " + (error / 65536.0).ToString() + " codes vs leak " + (leakQ16 / 65536).ToString());
        }

        [TestMethod]
        public void LostSamplesGiveTheCaptureASessionOfItsOwn()
        {
            FakeSampleStream stream = new FakeSampleStream();
            stream.OverrunAtRead = 5;
            StreamSession session = new StreamSession(new FakeToneGenerator(), stream, stream, 82, Records);
            byte[] levels = new byte[52];
            session.Prepare(levels, 1025);
            int before = session.Id;
            CaptureStore store = new CaptureStore(2, 2 * Records);
            CaptureHeader a = store.Headers[store.Reserve(Records)];
            a.Steps = 82;
            a.Cycles = 10;
            session.Run(store, a, new RecordReferences(82, 10), 0);
            Assert.AreNotEqual(before, a.Session, "an overrun capture pairs with nothing");
            // The next capture restarts the stream: a new session again, and the stream's sample count restarts.
            session.Prepare(levels, 1025);
            Assert.IsTrue(session.Id > a.Session);
            Assert.AreEqual(0, (int)stream.Index);
        }

        [TestMethod]
        public void AReaderFurtherBehindThanTheRingCountsAsLostSamples()
        {
            // The ESP32 driver reports no overrun: the core compares its clock with the samples consumed. 960 samples of
            // ring at 125 µs = 120 ms; behind by 100 ms with an 82-sample record still fits, by 115 ms it does not.
            FakeSampleStream stream = new FakeSampleStream();
            StreamAcquisition acquisition = new StreamAcquisition(stream, stream, 82, Records);
            CaptureStore store;
            CaptureHeader h = NewCapture(out store);
            stream.Start();
            acquisition.StreamStarted();
            stream.LagMicros = 100000;
            acquisition.Run(store, h, new RecordReferences(82, 10), 1);
            Assert.IsFalse(acquisition.Overrun, "100 ms behind: within the ring");
            stream.LagMicros = 115000;
            h = NewCapture(out store);
            acquisition.Run(store, h, new RecordReferences(82, 10), 1);
            Assert.IsTrue(acquisition.Overrun, "115 ms behind: the oldest samples may be gone");
        }

        [TestMethod]
        public void SessionsChangeOnlyWhenTheToneOrTheStreamRestarts()
        {
            FakeToneGenerator tone = new FakeToneGenerator();
            FakeSampleStream stream = new FakeSampleStream();
            StreamSession session = new StreamSession(tone, stream, stream, 82, Records);
            byte[] full = new byte[52];
            byte[] reduced = new byte[52];
            session.Prepare(full, 1025);
            int first = session.Id;
            session.Prepare(full, 1025);
            Assert.AreEqual(first, session.Id, "same tone: same session");
            Assert.AreEqual(1, tone.Starts);
            session.Prepare(full, 2050);
            Assert.AreEqual(first + 1, session.Id, "another frequency restarts the tone");
            session.Prepare(reduced, 2050);
            Assert.AreEqual(first + 2, session.Id, "another level table restarts the tone");
            session.Prepare(reduced, 2050, true);
            Assert.AreEqual(first + 3, session.Id, "refilled levels restart the tone");
            session.StopStream();
            session.Prepare(reduced, 2050);
            Assert.AreEqual(first + 4, session.Id, "a restarted stream starts a session");
            Assert.AreEqual(4, tone.Starts);
        }
    }
}
