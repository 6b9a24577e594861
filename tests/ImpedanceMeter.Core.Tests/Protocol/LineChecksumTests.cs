using ImpedanceMeter.Core.Protocol;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Protocol
{
    [TestClass]
    public class LineChecksumTests
    {
        private static byte[] Framed(string body)
        {
            byte[] b = new byte[body.Length + LineChecksum.SuffixLength];
            for (int i = 0; i < body.Length; i++)
            {
                b[i] = (byte)body[i];
            }

            Assert.AreEqual(b.Length, LineChecksum.Append(b, body.Length));
            return b;
        }

        [TestMethod]
        public void AppendedChecksumVerifies()
        {
            byte[] b = Framed("$ZOUT,1,,SE35,L,1000.000,0.512345,-0.001250,OK,7");
            Assert.AreEqual(b.Length - 9, LineChecksum.Verify(b, b.Length));
        }

        [TestMethod]
        public void ChecksumIsTheCrc32OfTheBodyInUpperHex()
        {
            byte[] b = Framed("123456789");
            string suffix = new string(new char[] { (char)b[9], (char)b[10], (char)b[11], (char)b[12], (char)b[13], (char)b[14], (char)b[15], (char)b[16], (char)b[17] });
            Assert.AreEqual("*CBF43926", suffix);
        }

        [TestMethod]
        public void DuplicatedDigitIsDetectedUnlikeAnNmeaXor()
        {
            // "0.512" -> "0.5512": an XOR checksum is blind to a doubled byte pair; the CRC is not.
            byte[] good = Framed("Z,0.512");
            byte[] bad = new byte[good.Length + 1];
            bad[0] = good[0]; bad[1] = good[1]; bad[2] = good[2]; bad[3] = good[3]; bad[4] = good[4];
            bad[5] = (byte)'5';
            for (int i = 5; i < good.Length; i++)
            {
                bad[i + 1] = good[i];
            }

            Assert.AreEqual(-1, LineChecksum.Verify(bad, bad.Length));
        }

        [TestMethod]
        public void EverySingleBitFlipIsDetected()
        {
            byte[] b = Framed("$ZOUT,42,DAP,SE35,R,20.000,1.000000,-36.000000,OK,3");
            for (int bit = 0; bit < b.Length * 8; bit++)
            {
                b[bit / 8] ^= (byte)(1 << (bit % 8));
                Assert.AreEqual(-1, LineChecksum.Verify(b, b.Length), "bit " + bit.ToString());
                b[bit / 8] ^= (byte)(1 << (bit % 8));
            }
        }

        [TestMethod]
        public void ShortOrLowerCaseSuffixIsRejected()
        {
            byte[] b = Lines.Bytes("OK*abcdef12");
            Assert.AreEqual(-1, LineChecksum.Verify(b, b.Length));
            b = Lines.Bytes("*1234");
            Assert.AreEqual(-1, LineChecksum.Verify(b, b.Length));
        }
    }
}
