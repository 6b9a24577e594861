using ImpedanceMeter.Core.Verdict;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Verdict
{
    [TestClass]
    public class IemTextCodecTests
    {
        [TestMethod]
        public void TextRoundTripsEveryField()
        {
            IemProfile p = SampleProfiles.WithCurve("Andromeda (mine)");
            string text = IemTextCodec.ToText(p);
            string error;
            IemProfile back = IemTextCodec.FromText(text, out error);
            Assert.IsNull(error);
            Assert.IsTrue(SampleProfiles.Same(p, back));
            Assert.StartsWith("IEM1|Andromeda (mine)|measurement|12.800|112.80|mw|", text);
        }

        [TestMethod]
        public void NominalOnlyTextHasEmptySensitivityAndCurve()
        {
            string text = IemTextCodec.ToText(SampleProfiles.NominalOnly("SE215"));
            Assert.StartsWith("IEM1|SE215|manufacturer-spec|17.000||none||", text);
            string error;
            Assert.IsTrue(SampleProfiles.Same(SampleProfiles.NominalOnly("SE215"), IemTextCodec.FromText("  " + text + "\r\n", out error)));
        }

        [TestMethod]
        public void AnyChangedCharacterFailsTheChecksum()
        {
            string text = IemTextCodec.ToText(SampleProfiles.WithCurve("x"));
            int bar = text.LastIndexOf('|');
            for (int i = 5; i < bar; i++)
            {
                char c = text[i] == '1' ? '2' : '1';
                string changed = text.Substring(0, i) + c.ToString() + text.Substring(i + 1);
                string error;
                Assert.IsNull(IemTextCodec.FromText(changed, out error), "changed at " + i.ToString());
            }
        }

        [TestMethod]
        public void MalformedRecordsSayWhy()
        {
            string error;
            Assert.IsNull(IemTextCodec.FromText("IEM1|only|three", out error));
            Assert.Contains("9", error);
            Assert.IsNull(IemTextCodec.FromText(null, out error));
            Assert.IsNotNull(error);

            // A well-formed checksum over a bad number still fails on the number.
            string body = "IEM1|x|measurement|abc||none||20,1,0;30,2,0|";
            Assert.IsNull(IemTextCodec.FromText(body + IemTextCodec.Checksum(body), out error));
            Assert.Contains("nominal", error);
            body = "IEM1|x|measurement|1||none||30,1,0;20,2,0|";
            Assert.IsNull(IemTextCodec.FromText(body + IemTextCodec.Checksum(body), out error));
            Assert.Contains("increasing", error);
        }
    }
}
