using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Ui;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Ui
{
    [TestClass]
    public class UnitsTests
    {
        [TestMethod]
        public void ImpedanceInAutoModeKeepsFourSignificantDigits()
        {
            Assert.AreEqual("0.512\u03A9", Units.Impedance(512345, UnitMode.Auto));
            Assert.AreEqual("12.80\u03A9", Units.Impedance(12800000, UnitMode.Auto));
            Assert.AreEqual("150.0\u03A9", Units.Impedance(150000000, UnitMode.Auto));
            Assert.AreEqual("512m\u03A9", Units.Impedance(512345, UnitMode.MilliOhms));
            Assert.AreEqual("0.25", Units.ImpedanceNumberLarge(251000, UnitMode.Auto));
        }

        [TestMethod]
        public void FrequenciesRatiosAndDecibelsAreShort()
        {
            Assert.AreEqual("20Hz", Units.Frequency(20));
            Assert.AreEqual("1k", Units.Frequency(1000));
            Assert.AreEqual("2.5k", Units.Frequency(2500));
            Assert.AreEqual("3.15k", Units.Frequency(3150));
            Assert.AreEqual("1:39", Units.Ratio(3900));
            Assert.AreEqual("1:3.1", Units.Ratio(310));
            Assert.AreEqual("-1.2dB", Units.Decibels(-1230));
        }

        [TestMethod]
        public void DisplayedZoutIsTheMagnitudeNearestOneKilohertz()
        {
            var leg = new LegResult();
            leg.Leg = Leg.SeLeft;
            leg.Status = MeasurementStatus.Ok;
            leg.Points = new ZoutPoint[] { Point(100000, 9000000, -9000000), Point(1100000, 3000000, -4000000), Point(10000000, 1, 1) };
            Assert.AreEqual(5000000L, LegValues.MagnitudeMicroOhms(leg), "3-4-5 triangle at 1.1 kHz");
            leg.Status = MeasurementStatus.NotIdle;
            Assert.AreEqual(-1L, LegValues.MagnitudeMicroOhms(leg), "a failed leg shows no number");
        }

        [TestMethod]
        public void DisplayedZoutComesFromAValidModelAtOneKilohertz()
        {
            var leg = new LegResult();
            leg.Status = MeasurementStatus.Ok;
            leg.Points = new ZoutPoint[] { Point(200000, 2000000, -7957747) };
            leg.Model = new ZoutModel();
            leg.Model.RMicroOhms = 2000000;
            leg.Model.CNanoFarads = 100000;
            leg.Model.IsValid = true;
            long z = LegValues.MagnitudeMicroOhms(leg);
            Assert.IsTrue(z >= 2555970 && z <= 2555990, "|2 - j1.5915| = 2.55598 Ω, got " + z.ToString());
        }

        [TestMethod]
        public void EveryErrorTextFitsTheScreen()
        {
            for (int k = 0; k <= (int)ErrorKind.SelfTestFailed; k++)
            {
                Assert.IsTrue(ErrorText.Title((ErrorKind)k).Length <= 17, "title of " + k.ToString());
                for (int line = 0; line < ErrorText.LineCount; line++)
                {
                    Assert.IsTrue(ErrorText.Line((ErrorKind)k, line).Length <= TextPainter.SmallCharsPerLine, "line " + line.ToString() + " of " + k.ToString());
                }
            }
        }

        [TestMethod]
        public void CurveScaleIsTheSmallestThatHoldsEveryPoint()
        {
            int[] curve = new int[CurveBands.Count];
            Assert.AreEqual(500, CurveScreen.ScaleFor(curve));
            curve[3] = -1200;
            Assert.AreEqual(2000, CurveScreen.ScaleFor(curve));
            Assert.AreEqual(CurveScreen.ZeroY - CurveScreen.HalfHeight, CurveScreen.Y(90000, 2000), "clipped at the top");
            Assert.AreEqual(CurveScreen.PlotLeft + CurveScreen.PlotSpan, CurveScreen.X(CurveBands.Count - 1));
        }

        private static ZoutPoint Point(int mhz, int re, int im)
        {
            var p = new ZoutPoint();
            p.FrequencyMilliHertz = mhz;
            p.ReMicroOhms = re;
            p.ImMicroOhms = im;
            p.Status = MeasurementStatus.Ok;
            return p;
        }
    }
}
