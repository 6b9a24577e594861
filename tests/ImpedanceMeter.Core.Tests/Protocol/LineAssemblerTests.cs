using ImpedanceMeter.Core.Protocol;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Protocol
{
    [TestClass]
    public class LineAssemblerTests
    {
        private static int PushAll(LineAssembler a, string text)
        {
            int state = LineAssembler.Pending;
            for (int i = 0; i < text.Length; i++)
            {
                state = a.Push((byte)text[i]);
            }

            return state;
        }

        [TestMethod]
        public void CrLfEndsALineAndCrIsDropped()
        {
            LineAssembler a = new LineAssembler();
            Assert.AreEqual(LineAssembler.LineReady, PushAll(a, "*IDN?\r\n"));
            Assert.AreEqual(5, a.Length);
            Assert.AreEqual((byte)'?', a.Buffer[4]);
        }

        [TestMethod]
        public void LineOfExactlyMaxLengthIsAccepted()
        {
            LineAssembler a = new LineAssembler();
            Assert.AreEqual(LineAssembler.LineReady, PushAll(a, new string('A', ProtocolInfo.MaxCommandLength) + "\n"));
            Assert.AreEqual(ProtocolInfo.MaxCommandLength, a.Length);
        }

        [TestMethod]
        public void OverlongLineIsRejectedOnceAtItsEnd()
        {
            LineAssembler a = new LineAssembler();
            Assert.AreEqual(LineAssembler.Pending, PushAll(a, new string('A', 1000)));
            Assert.AreEqual(LineAssembler.LineRejected, a.Push((byte)'\n'));
            Assert.AreEqual(ErrorCodes.TooMuchData, a.Fault);
            a.Reset();
            Assert.AreEqual(LineAssembler.LineReady, PushAll(a, "*CLS\n"));
            Assert.AreEqual(4, a.Length);
        }

        [TestMethod]
        public void ControlOrHighByteRejectsTheWholeLine()
        {
            LineAssembler a = new LineAssembler();
            a.Push((byte)'*');
            a.Push(0xC3);
            Assert.AreEqual(LineAssembler.LineRejected, PushAll(a, "IDN?\n"));
            Assert.AreEqual(ErrorCodes.InvalidCharacter, a.Fault);
        }
    }
}
