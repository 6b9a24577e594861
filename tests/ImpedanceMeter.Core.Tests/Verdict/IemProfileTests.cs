using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Verdict;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Verdict
{
    [TestClass]
    public class IemProfileTests
    {
        [TestMethod]
        public void ValidationNamesTheFirstBadPoint()
        {
            IemProfile p = SampleProfiles.WithCurve("x");
            Assert.IsNull(p.Validate());
            p.MagnitudeMilliOhms[1] = 0;
            Assert.AreEqual("|Z| must be > 0 and <= 1 MOhm at point 2", p.Validate());
            p = SampleProfiles.WithCurve("x");
            p.PhaseCentiDegrees[2] = 9001;
            Assert.AreEqual("phase outside -90..90 degrees at point 3", p.Validate());
            p = SampleProfiles.WithCurve("x");
            p.FrequencyMilliHertz[2] = p.FrequencyMilliHertz[1];
            Assert.AreEqual("frequencies not strictly increasing at point 3", p.Validate());
        }

        [TestMethod]
        public void NamesAndSourcesArePrintableAsciiWithoutBars()
        {
            IemProfile p = SampleProfiles.NominalOnly("   ");
            Assert.Contains("name is empty", p.Validate());
            p.Name = "caf\u00e9";
            Assert.Contains("printable ASCII", p.Validate());
            p.Name = "012345678901234567890123456789012";
            Assert.Contains("longer than 32", p.Validate());
            p.Name = "ok";
            p.Source = "a|b";
            Assert.Contains("source", p.Validate());
        }

        [TestMethod]
        public void OnePointCurveIsNotACurve()
        {
            IemProfile p = SampleProfiles.NominalOnly("x");
            p.FrequencyMilliHertz = new int[] { 1000000 };
            p.MagnitudeMilliOhms = new int[] { 1000 };
            p.PhaseCentiDegrees = new int[] { 0 };
            Assert.Contains("0 or 2..64", p.Validate());
            Assert.IsFalse(p.HasCurve);
        }

        [TestMethod]
        public void LegResultUsesItsModelWhenValidAndItsPointsOtherwise()
        {
            ZoutPoint point = new ZoutPoint();
            point.FrequencyMilliHertz = 1000000;
            point.ReMicroOhms = 10000000;
            point.Status = MeasurementStatus.Ok;
            LegResult leg = new LegResult();
            leg.Points = new ZoutPoint[] { point };
            leg.Model = new ZoutModel();
            leg.Model.RMicroOhms = 1000000;
            leg.Model.IsValid = true;
            IemProfile iem = BuiltInIems.Create()[0];
            VerdictResult withModel = DeviationEngine.Compute(iem, leg, null);
            Assert.IsTrue(withModel.ZoutFromModel);
            Assert.AreEqual(1000000L, withModel.ZoutAtReferenceMicroOhms);
            leg.Model.IsValid = false;
            VerdictResult withPoints = DeviationEngine.Compute(iem, leg, null);
            Assert.IsFalse(withPoints.ZoutFromModel);
            Assert.AreEqual(10000000L, withPoints.ZoutAtReferenceMicroOhms);
        }
    }
}
