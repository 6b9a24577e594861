using ImpedanceMeter.Core.Ui;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Ui
{
    [TestClass]
    public class TableTextTests
    {
        [TestMethod]
        public void HexPairsDecodeSkippingSeparators()
        {
            byte[] b = TableText.Bytes("00 5f,A0ff");
            Assert.AreEqual(4, b.Length);
            Assert.AreEqual((byte)0x00, b[0]);
            Assert.AreEqual((byte)0x5F, b[1]);
            Assert.AreEqual((byte)0xA0, b[2]);
            Assert.AreEqual((byte)0xFF, b[3]);
        }

        [TestMethod]
        public void CommaSeparatedIntsParse()
        {
            int[] v = TableText.Ints("20,25,20000");
            Assert.AreEqual(3, v.Length);
            Assert.AreEqual(20, v[0]);
            Assert.AreEqual(20000, v[2]);
            Assert.AreEqual(CurveBands.Count, CurveBands.FrequenciesHz.Length);
            Assert.AreEqual(1000, CurveBands.FrequenciesHz[17], "1 kHz is band 17, the reference of the deviation");
        }
    }
}
