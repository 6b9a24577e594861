using System;
using ImpedanceMeter.Core.Verdict;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Verdict
{
    [TestClass]
    public class IemRecordCodecTests
    {
        [TestMethod]
        public void RecordRoundTripsEveryField()
        {
            IemProfile p = SampleProfiles.WithCurve("Andromeda (mine)");
            byte[] bytes = IemRecordCodec.ToBytes(p);
            string error;
            IemProfile back = IemRecordCodec.FromBytes(bytes, 0, bytes.Length, out error);
            Assert.IsNull(error);
            Assert.IsTrue(SampleProfiles.Same(p, back));
        }

        [TestMethod]
        public void BuiltInsRoundTripAndFitTheMaximumLength()
        {
            IemProfile[] all = BuiltInIems.Create();
            for (int i = 0; i < all.Length; i++)
            {
                byte[] bytes = IemRecordCodec.ToBytes(all[i]);
                Assert.IsTrue(bytes.Length <= IemRecordCodec.MaxRecordLength, all[i].Name);
                string error;
                Assert.IsTrue(SampleProfiles.Same(all[i], IemRecordCodec.FromBytes(bytes, 0, bytes.Length, out error)), all[i].Name);
            }
        }

        [TestMethod]
        public void EverySingleBitFlipIsDetected()
        {
            byte[] bytes = IemRecordCodec.ToBytes(SampleProfiles.WithCurve("x"));
            for (int i = 0; i < bytes.Length; i++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    bytes[i] ^= (byte)(1 << bit);
                    string error;
                    Assert.IsNull(IemRecordCodec.FromBytes(bytes, 0, bytes.Length, out error), "flip at byte " + i.ToString());
                    Assert.IsNotNull(error);
                    bytes[i] ^= (byte)(1 << bit);
                }
            }
        }

        [TestMethod]
        public void TruncatedOrWrongVersionRecordsAreRejected()
        {
            byte[] bytes = IemRecordCodec.ToBytes(SampleProfiles.NominalOnly("spec"));
            string error;
            Assert.IsNull(IemRecordCodec.FromBytes(bytes, 0, bytes.Length - 1, out error));
            Assert.Contains("length", error);
            bytes[6] = 2;
            Assert.IsNull(IemRecordCodec.FromBytes(bytes, 0, bytes.Length, out error));
            Assert.Contains("version", error);
        }

        [TestMethod]
        public void InvalidProfilesCannotBeEncoded()
        {
            IemProfile p = SampleProfiles.WithCurve("bad|name");
            Assert.Throws(typeof(ArgumentException), () => IemRecordCodec.ToBytes(p));
        }
    }
}
