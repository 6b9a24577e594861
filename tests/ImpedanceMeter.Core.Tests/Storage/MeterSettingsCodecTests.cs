using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Storage;
using ImpedanceMeter.Core.Ui;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Storage
{
    [TestClass]
    public class MeterSettingsCodecTests
    {
        [TestMethod]
        public void EveryFieldRoundTrips()
        {
            var s = new MeterSettings();
            s.TransparentMilliDb = 300;
            s.MinorMilliDb = 1500;
            s.TonePlan = 0;
            s.Units = UnitMode.MilliOhms;
            s.SelectedIem = -1;
            s.Jack = JackType.Bal44;
            s.CalibrationMaxAgeDays = 90;
            byte[] buffer = new byte[MeterSettingsCodec.Length];
            Assert.AreEqual(MeterSettingsCodec.Length, MeterSettingsCodec.Encode(s, buffer, 0));
            var back = new MeterSettings();
            Assert.IsTrue(MeterSettingsCodec.Decode(buffer, 0, buffer.Length, back));
            Assert.AreEqual(300, back.TransparentMilliDb);
            Assert.AreEqual(1500, back.MinorMilliDb);
            Assert.AreEqual(0, back.TonePlan);
            Assert.AreEqual((int)UnitMode.MilliOhms, (int)back.Units);
            Assert.AreEqual(-1, back.SelectedIem);
            Assert.AreEqual((int)JackType.Bal44, (int)back.Jack);
            Assert.AreEqual(90, back.CalibrationMaxAgeDays);
        }

        [TestMethod]
        public void MinorBelowTransparentIsRejectedWithoutTouchingTheTarget()
        {
            var s = new MeterSettings();
            s.TransparentMilliDb = 900;
            s.MinorMilliDb = 900;
            byte[] buffer = new byte[MeterSettingsCodec.Length];
            MeterSettingsCodec.Encode(s, buffer, 0);
            buffer[2] = 0x10;
            buffer[3] = 0x00;
            var target = new MeterSettings();
            Assert.IsFalse(MeterSettingsCodec.Decode(buffer, 0, buffer.Length, target));
            Assert.AreEqual(MeterSettings.DefaultTransparentMilliDb, target.TransparentMilliDb);
        }

        [TestMethod]
        public void AnUnknownTonePlanIsRejected()
        {
            var s = new MeterSettings();
            byte[] buffer = new byte[MeterSettingsCodec.Length];
            MeterSettingsCodec.Encode(s, buffer, 0);
            buffer[4] = (byte)MeterSettings.TonePlans.Length;
            Assert.IsFalse(MeterSettingsCodec.Decode(buffer, 0, buffer.Length, new MeterSettings()));
        }

        [TestMethod]
        public void WrongLengthIsRejected()
        {
            Assert.IsFalse(MeterSettingsCodec.Decode(new byte[20], 0, 10, new MeterSettings()));
        }
    }
}
