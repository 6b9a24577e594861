using System;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Verdict;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Verdict
{
    [TestClass]
    public class DeviationEngineBehaviourTests
    {
        private static IemProfile Flat(int milliOhms)
        {
            IemProfile p = new IemProfile();
            p.Name = "flat";
            p.NominalMilliOhms = milliOhms;
            p.FrequencyMilliHertz = new int[] { 10000, 40000000 };
            p.MagnitudeMilliOhms = new int[] { milliOhms, milliOhms };
            p.PhaseCentiDegrees = new int[] { 0, 0 };
            return p;
        }

        private static ZoutModel Resistor(double ohms)
        {
            ZoutModel m = new ZoutModel();
            m.RMicroOhms = (int)(ohms * 1e6);
            m.IsValid = true;
            return m;
        }

        [TestMethod]
        public void ZeroOhmSourceIsTransparentWithUnboundedRatio()
        {
            VerdictResult r = DeviationEngine.Compute(BuiltInIems.Create()[2], Resistor(0), null);
            Assert.AreEqual(0, r.PeakToPeakMilliDb);
            Assert.AreEqual(VerdictKind.Transparent, r.Kind);
            Assert.AreEqual(VerdictResult.RatioUnbounded, r.RatioMinMilli);
            Assert.IsTrue(r.PassesRatioRule);
        }

        [TestMethod]
        public void ResistiveSourceOnFlatResistiveIemChangesLevelButNotShape()
        {
            VerdictResult r = DeviationEngine.Compute(Flat(32000), Resistor(75), null);
            Assert.AreEqual(0, r.PeakToPeakMilliDb, "a divider of two resistors is flat");
            Assert.AreEqual(VerdictKind.Transparent, r.Kind);
            Assert.AreEqual(427, r.RatioMinMilli, "32/75 = 0.427");
            Assert.IsFalse(r.PassesRatioRule);
        }

        [TestMethod]
        public void CouplingCapacitorCutsBassByTheAnalyticAmount()
        {
            // 32 Ω load, 220 µF coupling cap, 0 Ω: |H(20 Hz)| = 32/|32 − j·36.17|.
            ZoutModel m = Resistor(0);
            m.CNanoFarads = 220000;
            VerdictResult r = DeviationEngine.Compute(Flat(32000), m, null);
            double xc20 = 1 / (2 * Math.PI * 20 * 220e-6);
            double xc1k = 1 / (2 * Math.PI * 1000 * 220e-6);
            double expected = (10 * Math.Log10(1024.0 / (1024 + (xc20 * xc20)))) - (10 * Math.Log10(1024.0 / (1024 + (xc1k * xc1k))));
            Assert.IsTrue(Math.Abs((r.DeviationMilliDb[0] / 1000.0) - expected) <= 0.001, "at 20 Hz " + r.DeviationMilliDb[0].ToString() + " mdB vs " + expected.ToString());
            Assert.AreEqual(20000, r.WorstFrequencyMilliHertz);
            Assert.AreEqual(VerdictKind.Audible, r.Kind);
        }

        [TestMethod]
        public void RisingImpedanceWithResistiveSourceBoostsTreble()
        {
            VerdictResult r = DeviationEngine.Compute(BuiltInIems.Create()[1], Resistor(10), null);
            Assert.IsTrue(r.DeviationMilliDb[LogFrequencyGrid.Count - 1] > 1000, "single BA rises: treble up");
            Assert.IsTrue(r.DeviationMilliDb[0] < 0, "bass below 1 kHz level");
            Assert.AreEqual(0, r.DeviationMilliDb[LogFrequencyGrid.ReferenceIndex]);
        }

        [TestMethod]
        public void NominalOnlyIemGetsARatioOnlyVerdict()
        {
            IemProfile p = new IemProfile();
            p.Name = "spec only";
            p.NominalMilliOhms = 16000;
            VerdictResult r = DeviationEngine.Compute(p, Resistor(1), null);
            Assert.AreEqual(VerdictKind.RatioOnly, r.Kind);
            Assert.IsFalse(r.HasCurve);
            Assert.AreEqual(0, r.DeviationMilliDb.Length);
            Assert.AreEqual(16000, r.RatioMinMilli);
            Assert.AreEqual(16000, r.RatioNominalMilli);
            Assert.IsTrue(r.PassesRatioRule);
            Assert.AreEqual("ratio-only", VerdictNames.Of(r.Kind));
        }

        [TestMethod]
        public void OneToEightRuleSitsExactlyAtRatioEight()
        {
            Assert.IsTrue(DeviationEngine.Compute(Flat(16000), Resistor(2), null).PassesRatioRule, "16/2 = 8 passes");
            Assert.IsFalse(DeviationEngine.Compute(Flat(16000), Resistor(2.001), null).PassesRatioRule, "16/2.001 < 8 fails");
        }

        [TestMethod]
        public void ThresholdsAreSettings()
        {
            VerdictSettings s = new VerdictSettings();
            Assert.AreEqual(VerdictKind.Transparent, s.Classify(500));
            Assert.AreEqual(VerdictKind.Minor, s.Classify(501));
            Assert.AreEqual(VerdictKind.Minor, s.Classify(1000));
            Assert.AreEqual(VerdictKind.Audible, s.Classify(1001));
            s.TransparentMaxMilliDb = 100;
            s.MinorMaxMilliDb = 300;
            Assert.AreEqual(VerdictKind.Audible, s.Classify(301));
            s.MinorMaxMilliDb = 50;
            Assert.IsNotNull(s.Validate(), "minor below transparent is rejected");
        }

        [TestMethod]
        public void WorstCaseOfTheOneToEightRuleIsAboutOneDecibel()
        {
            // A resistive source at exactly 1:8 against an IEM whose |Z| swings from nominal to
            // effectively open: 20·log10(1 + 1/8) = 1.023 dB, the design brief's figure.
            IemProfile p = new IemProfile();
            p.Name = "swing";
            p.NominalMilliOhms = 8000;
            p.FrequencyMilliHertz = new int[] { 10000, 1000000, 2000000, 40000000 };
            p.MagnitudeMilliOhms = new int[] { 8000, 8000, 999999999, 999999999 };
            p.PhaseCentiDegrees = new int[] { 0, 0, 0, 0 };
            VerdictResult r = DeviationEngine.Compute(p, Resistor(1), null);
            Assert.IsTrue(Math.Abs(r.PeakToPeakMilliDb - 1023) <= 1, "pp " + r.PeakToPeakMilliDb.ToString() + " mdB");
            Assert.AreEqual(VerdictKind.Audible, r.Kind);
        }

        [TestMethod]
        public void InvalidProfileIsRejectedWithTheReason()
        {
            IemProfile p = Flat(32000);
            p.FrequencyMilliHertz = new int[] { 20000, 20000 };
            Assert.Throws(typeof(ArgumentException), () => DeviationEngine.Compute(p, Resistor(1), null));
            Assert.Contains("increasing", p.Validate());
        }

        [TestMethod]
        public void MeasuredPointsAreLabelledMeasuredInterpolatedOrHeld()
        {
            ZoutPoint[] points = new ZoutPoint[] { Point(100000, 1000000), Point(10000000, 3000000) };
            VerdictResult r = DeviationEngine.Compute(Flat(32000), points, null);
            Assert.AreEqual(ZoutOrigin.Held, r.ZoutOrigins[0]);
            Assert.AreEqual(ZoutOrigin.Measured, r.ZoutOrigins[LogFrequencyGrid.ReferenceIndex - 40], "100 Hz is measured");
            Assert.AreEqual(ZoutOrigin.Interpolated, r.ZoutOrigins[LogFrequencyGrid.ReferenceIndex]);
            Assert.AreEqual(ZoutOrigin.Held, r.ZoutOrigins[LogFrequencyGrid.Count - 1]);
            Assert.IsFalse(r.ZoutFromModel);
        }

        private static ZoutPoint Point(int milliHertz, int reMicroOhms)
        {
            ZoutPoint p = new ZoutPoint();
            p.FrequencyMilliHertz = milliHertz;
            p.ReMicroOhms = reMicroOhms;
            p.Status = MeasurementStatus.Ok;
            return p;
        }
    }
}
