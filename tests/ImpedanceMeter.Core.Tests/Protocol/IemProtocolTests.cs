using ImpedanceMeter.Core.Protocol;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Protocol
{
    [TestClass]
    public class IemProtocolTests
    {
        private ServiceHarness _h;

        [Setup]
        public void Setup()
        {
            _h = new ServiceHarness();
        }

        private void Upload(string name)
        {
            Assert.AreEqual("OK", _h.Send("IEM:ADD \"" + name + "\" 16 3")[0]);
            Assert.AreEqual("OK", _h.Send("IEM:PT 20 15.2 -3.5")[0]);
            Assert.AreEqual("OK", _h.Send("IEM:PT 1000 16.0 0")[0]);
            Assert.AreEqual("OK", _h.Send("IEM:PT 20000 41.25 12.12")[0]);
            Assert.AreEqual("OK", _h.Send("IEM:END")[0]);
        }

        [TestMethod]
        public void UploadedCurveReadsBackExactly()
        {
            Upload("user iem 2");
            string[] r = _h.Send("IEM:GET? \"user iem 2\"");
            Assert.AreEqual("\"user iem 2\",16.000,3", r[0]);
            Assert.AreEqual("20.000,15.200,-3.50", r[1]);
            Assert.AreEqual("20000.000,41.250,12.12", r[3]);
            Assert.AreEqual("OK", r[4]);
            Assert.AreEqual("0,\"user iem 2\",0", _h.Send("IEM:LIST?")[0]);
        }

        [TestMethod]
        public void IncompleteUploadStoresNothing()
        {
            _h.Send("IEM:ADD \"Half\" 16 3");
            _h.Send("IEM:PT 20 15.2 -3.5");
            Assert.AreEqual("ERR,203,IEM curve invalid", _h.Send("IEM:END")[0]);
            Assert.AreEqual(0, _h.Library.Count);
        }

        [TestMethod]
        public void OutOfOrderPointIsRefusedAndNotStaged()
        {
            _h.Send("IEM:ADD \"X\" 16 2");
            _h.Send("IEM:PT 1000 16 0");
            Assert.AreEqual("ERR,203,IEM curve invalid", _h.Send("IEM:PT 500 16 0")[0]);
            Assert.AreEqual(1, _h.Service.Upload.Received);
        }

        [TestMethod]
        public void PointWithoutAddIsASettingsConflict()
        {
            Assert.AreEqual("ERR,-221,Settings conflict", _h.Send("IEM:PT 20 15 0")[0]);
        }

        [TestMethod]
        public void SelectDeleteAndDuplicateNames()
        {
            Upload("A");
            Upload("B");
            Assert.AreEqual("ERR,204,IEM name exists", _h.Send("IEM:ADD \"A\" 16 3")[0]);
            Assert.AreEqual("OK", _h.Send("IEM:SEL 1")[0]);
            Assert.AreEqual("1,\"B\"", _h.Send("IEM:SEL?")[0]);
            Assert.AreEqual("OK", _h.Send("IEM:DEL \"A\"")[0]);
            Assert.AreEqual("0,\"B\"", _h.Send("IEM:SEL?")[0]);
            Assert.AreEqual("ERR,201,IEM not found", _h.Send("IEM:DEL 5")[0]);
            Assert.AreEqual("ERR,201,IEM not found", _h.Send("IEM:SEL \"nope\"")[0]);
        }
    }
}
