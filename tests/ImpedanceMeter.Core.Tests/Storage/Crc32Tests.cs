using ImpedanceMeter.Core.Storage;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Storage
{
    [TestClass]
    public class Crc32Tests
    {
        [TestMethod]
        public void CheckValueOf123456789IsCbf43926()
        {
            byte[] data = new byte[] { 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39 };
            Assert.AreEqual(0xCBF43926u, Crc32.Compute(data, 0, data.Length));
        }

        [TestMethod]
        public void IncrementalUpdateEqualsOneShot()
        {
            byte[] data = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
            uint running = Crc32.Update(Crc32.Start, data, 0, 4);
            running = Crc32.Update(running, data, 4, 6);
            Assert.AreEqual(Crc32.Compute(data, 0, 10), Crc32.Finish(running));
        }

        [TestMethod]
        public void EverySingleBitFlipChangesTheCrc()
        {
            byte[] data = new byte[] { 0x49, 0x4D, 0x45, 0x54, 0x45, 0x52, 0x01, 0x00 };
            uint good = Crc32.Compute(data, 0, data.Length);
            for (int i = 0; i < data.Length * 8; i++)
            {
                data[i / 8] ^= (byte)(1 << (i % 8));
                Assert.AreNotEqual(good, Crc32.Compute(data, 0, data.Length), "bit " + i.ToString());
                data[i / 8] ^= (byte)(1 << (i % 8));
            }
        }
    }
}
