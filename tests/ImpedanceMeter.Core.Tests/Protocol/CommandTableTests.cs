using ImpedanceMeter.Core.Protocol;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Protocol
{
    [TestClass]
    public class CommandTableTests
    {
        [TestMethod]
        public void EveryRowHasConsistentCountsAndAUsageStartingWithItsHeader()
        {
            Assert.AreEqual((int)CommandId.DiagStream + 1, CommandTable.Count);
            for (int i = 0; i < CommandTable.Count; i++)
            {
                Assert.IsTrue(CommandTable.MinParameters(i) <= CommandTable.MaxParameters(i), CommandTable.Header(i));
                Assert.IsTrue(CommandTable.MaxParameters(i) < ProtocolInfo.MaxTokens, CommandTable.Header(i));
                Assert.StartsWith(CommandTable.Header(i), CommandTable.Usage(i));
            }
        }

        [TestMethod]
        public void QueriesEndWithQuestionMarkAndTakeNoMoreThanTheirUsageShows()
        {
            Assert.AreEqual(0, CommandTable.MaxParameters((int)CommandId.Idn));
            Assert.AreEqual(2, CommandTable.MaxParameters((int)CommandId.MeasZout));
            Assert.AreEqual(3, CommandTable.MinParameters((int)CommandId.IemPt));
            Assert.AreEqual("IEM:GET?", CommandTable.Header((int)CommandId.IemGet));
        }
    }
}
