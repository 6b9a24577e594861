using ImpedanceMeter.Core.Protocol;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Protocol
{
    [TestClass]
    public class ErrorQueueTests
    {
        [TestMethod]
        public void ErrorsComeOutOldestFirstThenZero()
        {
            ErrorQueue q = new ErrorQueue();
            q.Push(-113);
            q.Push(-224);
            Assert.AreEqual(-113, q.Pop());
            Assert.AreEqual(-224, q.Pop());
            Assert.AreEqual(0, q.Pop());
        }

        [TestMethod]
        public void OverflowKeepsTheOldestAndEndsWithMinus350()
        {
            ErrorQueue q = new ErrorQueue();
            for (int i = 0; i < ErrorQueue.Capacity + 5; i++)
            {
                q.Push(-100 - i);
            }

            Assert.AreEqual(ErrorQueue.Capacity, q.Count);
            for (int i = 0; i < ErrorQueue.Capacity - 1; i++)
            {
                Assert.AreEqual(-100 - i, q.Pop());
            }

            Assert.AreEqual(ErrorCodes.QueueOverflow, q.Pop());
        }

        [TestMethod]
        public void EveryCodeHasText()
        {
            int[] codes = new int[] { -101, -102, -108, -109, -113, -200, -221, -222, -223, -224, -350, 101, 107, 201, 202, 203, 204 };
            for (int i = 0; i < codes.Length; i++)
            {
                Assert.AreNotEqual("Unknown error", ErrorCodes.Text(codes[i]), codes[i].ToString());
            }
        }
    }
}
