using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Ports;
using ImpedanceMeter.Core.Tests.Storage;
using ImpedanceMeter.Core.Ui;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.App
{
    [TestClass]
    public class MeterAppTests
    {
        [TestMethod]
        public void HealthyBootPassesEveryCheckAndLandsOnHome()
        {
            var h = new AppHarness();
            h.App.Boot();
            Assert.AreEqual((int)ScreenId.Home, (int)h.App.View.Screen);
            for (int i = 0; i < MeterView.SelfTestLineCount; i++)
            {
                Assert.IsTrue(h.App.View.SelfTestPassed[i], h.App.View.SelfTestText[i]);
            }

            Assert.IsTrue(h.Fixture.RangeCalls >= 3, "every range relay toggled");
            Assert.IsTrue(h.Fixture.SafeCalls >= 2, "self-test starts and ends safe");
            Assert.AreEqual((int)CalibrationHealth.Missing, (int)h.App.View.Calibration);
            Assert.AreEqual("iem-a", h.App.View.IemName);
        }

        [TestMethod]
        public void AdcOffMidScaleFailsTheSelfTestAndStaysOnSplash()
        {
            var h = new AppHarness();
            h.Sampler.Code = 40;
            h.App.Boot();
            Assert.AreEqual((int)ScreenId.Splash, (int)h.App.View.Screen);
            Assert.IsFalse(h.App.View.SelfTestPassed[1]);
            Assert.IsTrue(h.App.View.SelfTestPassed[0]);
            h.Press(ButtonEvent.Select);
            Assert.AreEqual((int)ScreenId.Home, (int)h.App.View.Screen, "the user can still go on");
        }

        [TestMethod]
        public void CorruptSettingsAreReportedAndDefaultsUsed()
        {
            var store = new MemoryStore();
            store.Put("settings.a", new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 });
            var h = new AppHarness(store);
            h.App.Boot();
            Assert.IsFalse(h.App.View.SelfTestPassed[3]);
            Assert.AreEqual("settings corrupt", h.App.View.SelfTestText[3]);
            Assert.AreEqual(500, h.App.View.Settings.TransparentMilliDb);
        }

        [TestMethod]
        public void SettingsFromNewerFirmwareAreReportedAndIgnored()
        {
            var store = new MemoryStore();
            var records = new ImpedanceMeter.Core.Storage.RecordStore(store, 64);
            Assert.IsTrue(records.Save("settings", 3, 2, new byte[40], 40));
            var h = new AppHarness(store);
            h.App.Boot();
            Assert.AreEqual("settings newer fw", h.App.View.SelfTestText[3]);
            Assert.AreEqual(1000, h.App.View.Settings.MinorMilliDb);
        }

        [TestMethod]
        public void MeasureWithoutCalibrationExplainsAndOffersCalibrate()
        {
            var h = new AppHarness();
            h.App.Boot();
            h.Press(ButtonEvent.Select);
            Assert.AreEqual((int)ScreenId.Error, (int)h.App.View.Screen);
            Assert.AreEqual((int)ErrorKind.CalibrationMissing, (int)h.App.View.Error);
            Assert.AreEqual(0, h.Engine.MeasureCalls);
            h.Press(ButtonEvent.Select);
            Assert.AreEqual((int)ScreenId.Calibrate, (int)h.App.View.Screen);
            Assert.AreEqual((int)CalStandard.Open, (int)h.App.View.CalStep);
        }

        [TestMethod]
        public void TheShortPlugIsAskedForAgainUntilEveryInsertionIsMeasured()
        {
            var h = new AppHarness();
            h.App.Boot();
            h.Press(ButtonEvent.Select);
            h.Press(ButtonEvent.Select); // calibration missing: offered
            h.Press(ButtonEvent.Select); // open
            for (int i = 0; i < ZoutEngine.ShortInsertions; i++)
            {
                Assert.AreEqual((int)ScreenId.Calibrate, (int)h.App.View.Screen);
                Assert.AreEqual((int)CalStandard.Short, (int)h.App.View.CalStep, "insertion " + (i + 1).ToString());
                Assert.AreEqual(i, h.App.View.CalShortInsertions);
                Assert.AreEqual(0, h.App.View.CalDoneMask & (1 << (int)CalStandard.Short), "the short is not done before its last insertion");
                h.Press(ButtonEvent.Select);
            }

            Assert.AreEqual((int)CalStandard.Load, (int)h.App.View.CalStep);
            Assert.AreEqual(1 + ZoutEngine.ShortInsertions, h.Engine.CalibrateCalls);
        }

        [TestMethod]
        public void FullFlowPickCalibrateMeasureResultCurve()
        {
            var h = new AppHarness();
            h.App.Boot();
            h.Press(ButtonEvent.Down);
            h.Press(ButtonEvent.Select);
            Assert.AreEqual((int)ScreenId.IemPicker, (int)h.App.View.Screen);
            h.Press(ButtonEvent.Down);
            h.Press(ButtonEvent.Select);
            Assert.AreEqual("iem-b", h.App.View.IemName);
            h.CalibrateFromHome();
            Assert.AreEqual(2 + ZoutEngine.ShortInsertions, h.Engine.CalibrateCalls);
            Assert.AreEqual((int)ScreenId.Home, (int)h.App.View.Screen);
            Assert.AreEqual((int)CalibrationHealth.Valid, (int)h.App.View.Calibration);
            h.Press(ButtonEvent.Up);
            h.Press(ButtonEvent.Up);
            h.Press(ButtonEvent.Up);
            Assert.AreEqual(HomeScreen.RowMeasure, h.App.View.Cursor);
            int framesBefore = h.Display.Frames;
            h.Press(ButtonEvent.Select);
            Assert.AreEqual(1, h.Engine.MeasureCalls);
            Assert.IsTrue(h.Display.Frames - framesBefore >= 3, "progress frames shown while measuring");
            Assert.AreEqual((int)ScreenId.Result, (int)h.App.View.Screen);
            Assert.AreEqual(2832, h.App.View.Match.RatioX100, "14.5 Ω / 0.512 Ω");
            Assert.AreEqual((int)VerdictLevel.Transparent, (int)h.App.View.Match.Verdict);
            h.Press(ButtonEvent.Select);
            Assert.AreEqual((int)ScreenId.Curve, (int)h.App.View.Screen);
            h.Press(ButtonEvent.Back);
            Assert.AreEqual((int)ScreenId.Result, (int)h.App.View.Screen);
        }

        [TestMethod]
        public void NotIdleSourceShowsAdviceAndSelectRetries()
        {
            var h = new AppHarness();
            h.App.Boot();
            h.CalibrateFromHome();
            h.Engine.NextMeasureStatus = MeasurementStatus.NotIdle;
            h.Press(ButtonEvent.Down);
            h.Press(ButtonEvent.Down);
            Assert.AreEqual(HomeScreen.RowMeasure, h.App.View.Cursor);
            h.Press(ButtonEvent.Select);
            Assert.AreEqual((int)ScreenId.Error, (int)h.App.View.Screen);
            Assert.AreEqual((int)ErrorKind.NotIdle, (int)h.App.View.Error);
            Assert.AreEqual("leg L", h.App.View.ErrorDetail);
            h.Engine.NextMeasureStatus = MeasurementStatus.Ok;
            h.Press(ButtonEvent.Select);
            Assert.AreEqual(2, h.Engine.MeasureCalls);
            Assert.AreEqual((int)ScreenId.Result, (int)h.App.View.Screen);
        }

        [TestMethod]
        public void UnexpectedExceptionSilencesOpensRelaysAndSaysSo()
        {
            var h = new AppHarness();
            h.App.Boot();
            h.CalibrateFromHome();
            h.Engine.ThrowOnMeasure = true;
            h.Press(ButtonEvent.Down);
            h.Press(ButtonEvent.Down);
            int safeBefore = h.Fixture.SafeCalls;
            int silenceBefore = h.Tone.SilenceCalls;
            h.Press(ButtonEvent.Select);
            Assert.AreEqual(1, h.App.SafeStateCount);
            Assert.AreEqual(safeBefore + 1, h.Fixture.SafeCalls);
            Assert.AreEqual(silenceBefore + 1, h.Tone.SilenceCalls);
            Assert.AreEqual((int)ErrorKind.Internal, (int)h.App.View.Error);
            Assert.AreEqual("boom", h.App.View.ErrorDetail);
            h.Press(ButtonEvent.Select);
            Assert.AreEqual((int)ScreenId.Home, (int)h.App.View.Screen, "the loop keeps running");
        }

        [TestMethod]
        public void SafeStateSurvivesAFixtureThatThrowsToo()
        {
            var h = new AppHarness();
            h.App.Boot();
            h.Fixture.ThrowOnSafe = true;
            int silenceBefore = h.Tone.SilenceCalls;
            h.App.EnterSafeState(new System.Exception("x"));
            Assert.AreEqual((int)ScreenId.Error, (int)h.App.View.Screen);
            Assert.AreEqual(silenceBefore + 1, h.Tone.SilenceCalls, "the tone is silenced even though the fixture threw");
        }

        [TestMethod]
        public void EditedThresholdAndJackSurviveAReboot()
        {
            var store = new MemoryStore();
            var h = new AppHarness(store);
            h.App.Boot();
            h.Press(ButtonEvent.Down);
            h.Press(ButtonEvent.Down);
            h.Press(ButtonEvent.Select);
            Assert.AreEqual((int)JackType.Bal44, (int)h.App.View.Jack);
            h.Press(ButtonEvent.Down);
            h.Press(ButtonEvent.Down);
            h.Press(ButtonEvent.Select);
            Assert.AreEqual((int)ScreenId.Settings, (int)h.App.View.Screen);
            h.Press(ButtonEvent.Select);
            h.Press(ButtonEvent.Down);
            h.Press(ButtonEvent.Down);
            h.Press(ButtonEvent.Select);
            Assert.AreEqual(300, h.App.View.Settings.TransparentMilliDb);
            h.Press(ButtonEvent.Back);
            var rebooted = new AppHarness(store);
            rebooted.App.Boot();
            Assert.AreEqual(300, rebooted.App.View.Settings.TransparentMilliDb);
            Assert.AreEqual((int)JackType.Bal44, (int)rebooted.App.View.Jack);
            Assert.AreEqual("Storage", rebooted.App.View.SelfTestText[3]);
        }

        [TestMethod]
        public void BackDuringAnEditRevertsIt()
        {
            var h = new AppHarness();
            h.App.Boot();
            h.Press(ButtonEvent.Up);
            Assert.AreEqual(HomeScreen.RowSettings, h.App.View.Cursor, "Up from the first row wraps to the last");
            h.Press(ButtonEvent.Select);
            Assert.AreEqual((int)ScreenId.Settings, (int)h.App.View.Screen);
            h.Press(ButtonEvent.Down);
            h.Press(ButtonEvent.Select);
            h.Press(ButtonEvent.Up);
            Assert.AreEqual(1100, h.App.View.Settings.MinorMilliDb);
            h.Press(ButtonEvent.Back);
            Assert.AreEqual(1000, h.App.View.Settings.MinorMilliDb);
            Assert.IsFalse(h.App.View.Editing);
        }

        [TestMethod]
        public void SerialSelectionIsAdoptedAndKeypadPicksAreMirrored()
        {
            var h = new AppHarness();
            h.App.Boot();
            Assert.AreEqual(0, h.Serial.Mirrored, "boot tells the protocol the stored selection");
            h.Serial.Remote = 2;
            h.Serial.PendingCommands = 1;
            h.Settle();
            Assert.AreEqual("iem-c", h.App.View.IemName);
            Assert.AreEqual(2, h.App.View.Settings.SelectedIem);
            h.Press(ButtonEvent.Down);
            h.Press(ButtonEvent.Select);
            h.Press(ButtonEvent.Up);
            h.Press(ButtonEvent.Select);
            Assert.AreEqual(1, h.App.View.Settings.SelectedIem);
            Assert.AreEqual(1, h.Serial.Mirrored);
        }

        [TestMethod]
        public void KeypadMeasurementIsStreamed()
        {
            var h = new AppHarness();
            h.App.Boot();
            h.CalibrateFromHome();
            h.Press(ButtonEvent.Down);
            h.Press(ButtonEvent.Down);
            h.Press(ButtonEvent.Select);
            Assert.AreEqual((int)ScreenId.Result, (int)h.App.View.Screen);
            Assert.AreEqual(1, h.Serial.Published);
        }

        [TestMethod]
        public void ExpiredCalibrationIsShownAndBlocksMeasuring()
        {
            var h = new AppHarness();
            h.App.Boot();
            h.CalibrateFromHome();
            h.Clock.Now += 31L * 86400L * 1000000L;
            h.App.RefreshCalibration();
            Assert.AreEqual((int)CalibrationHealth.Expired, (int)h.App.View.Calibration);
            h.Press(ButtonEvent.Down);
            h.Press(ButtonEvent.Down);
            h.Press(ButtonEvent.Select);
            Assert.AreEqual((int)ErrorKind.CalibrationExpired, (int)h.App.View.Error);
            Assert.AreEqual(0, h.Engine.MeasureCalls);
        }
    }
}
