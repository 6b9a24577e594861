using ImpedanceMeter.Core.Protocol;
using ImpedanceMeter.Core.Verdict;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Protocol
{
    [TestClass]
    public class IemLibraryAdapterTests
    {
        private IemLibraryAdapter _adapter;
        private SerialCommandService _service;
        private FakeSerialLink _link;

        [Setup]
        public void Setup()
        {
            _adapter = new IemLibraryAdapter(new IemLibrary(2));
            _link = new FakeSerialLink();
            _service = new SerialCommandService(_link, new FakeZoutEngine(), _adapter, new DeviceIdentity());
        }

        private string[] Send(string line)
        {
            _link.Feed(line + "\n");
            while (_service.Poll())
            {
            }

            return Lines.Bodies(_link.TakeLines());
        }

        private string Upload(string name)
        {
            Send("IEM:ADD \"" + name + "\" 18.5 2");
            Send("IEM:PT 100 18.7 1.25");
            Send("IEM:PT 10000 25.125 -20");
            return Send("IEM:END")[0];
        }

        [TestMethod]
        public void UploadBecomesAUserProfileWithExactValues()
        {
            int builtIns = _adapter.Library.BuiltInCount;
            Assert.AreEqual("OK", Upload("My IEM"));
            Assert.AreEqual(builtIns + 1, _adapter.Count);
            IemProfile p = _adapter.Library.Get(builtIns);
            Assert.AreEqual("My IEM", p.Name);
            Assert.AreEqual(18500, p.NominalMilliOhms);
            Assert.AreEqual(IemOrigin.UserMeasurement, p.Origin);
            Assert.AreEqual(25125, p.MagnitudeMilliOhms[1]);
            Assert.AreEqual(-2000, p.PhaseCentiDegrees[1]);
            string[] r = Send("IEM:GET? \"my iem\"");
            Assert.AreEqual("\"My IEM\",18.500,2", r[0]);
            Assert.AreEqual("100.000,18.700,1.25", r[1]);
        }

        [TestMethod]
        public void BuiltInsAreListedAndReadOnly()
        {
            Assert.IsTrue(_adapter.Library.BuiltInCount > 0);
            string[] r = Send("IEM:LIST?");
            Assert.AreEqual(_adapter.Count + 1, r.Length);
            Assert.AreEqual("ERR,205,IEM is built in", Send("IEM:DEL 0")[0]);
            Assert.AreEqual(_adapter.Library.BuiltInCount, _adapter.Count);
        }

        [TestMethod]
        public void NameClashIgnoresCaseAndFullLibraryIsReported()
        {
            Assert.AreEqual("OK", Upload("A"));
            Assert.AreEqual("ERR,204,IEM name exists", Send("IEM:ADD \"a\" 16 2")[0]);
            Assert.AreEqual("OK", Upload("B"));
            Assert.AreEqual("ERR,202,IEM library full", Upload("C"));
        }

        [TestMethod]
        public void OnePointCurveIsRefusedByTheLibraryRules()
        {
            Send("IEM:ADD \"One\" 16 1");
            Send("IEM:PT 1000 16 0");
            Assert.AreEqual("ERR,203,IEM curve invalid", Send("IEM:END")[0]);
        }

        [TestMethod]
        public void DeletingKeepsTheSelectionOnTheSameEntry()
        {
            Upload("A");
            Upload("B");
            int b = _adapter.Count - 1;
            Assert.AreEqual("OK", Send("IEM:SEL \"B\"")[0]);
            Assert.AreEqual("OK", Send("IEM:DEL \"A\"")[0]);
            Assert.AreEqual(b - 1, _adapter.SelectedIndex);
            Assert.AreEqual("B", _adapter.NameAt(_adapter.SelectedIndex));
        }
    }
}
