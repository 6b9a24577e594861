using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Protocol;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Protocol
{
    [TestClass]
    public class SerialCommandServiceTests
    {
        private ServiceHarness _h;

        [Setup]
        public void Setup()
        {
            _h = new ServiceHarness();
        }

        [TestMethod]
        public void IdnAnswersIdentityThenOk()
        {
            string[] r = _h.Send("*IDN?");
            Assert.AreEqual(2, r.Length);
            Assert.AreEqual("ImpedanceMeter,IM-1,T1,0.1.0", r[0]);
            Assert.AreEqual("OK", r[1]);
        }

        [TestMethod]
        public void UnknownHeaderAnswersErrAndQueuesIt()
        {
            string[] r = _h.Send("MEAS:FOO?");
            Assert.AreEqual("ERR,-113,Undefined header", r[0]);
            r = _h.Send("SYST:ERR?");
            Assert.AreEqual("-113,\"Undefined header\"", r[0]);
            r = _h.Send("syst:err?");
            Assert.AreEqual("0,\"No error\"", r[0]);
        }

        [TestMethod]
        public void MeasZoutSendsASequencedRecord()
        {
            _h.Send("CONF:SRC \"FiiO KA3\"");
            string[] r = _h.Send("MEAS:ZOUT? R 1000");
            Assert.AreEqual(2, r.Length);
            Assert.AreEqual("$ZOUT,1,FiiO KA3,SE35,R,1000.000,0.513345,-0.001250,OK,0", r[0]);
            Assert.AreEqual("OK", r[1]);
            Assert.AreEqual(1000000, _h.Engine.LastFrequencyMilliHertz);
            r = _h.Send("MEAS:ZOUT? L+");
            Assert.StartsWith("$ZOUT,2,FiiO KA3,BAL44,L+,", r[0]);
            Assert.AreEqual("2", _h.Send("SYST:SEQ?")[0]);
        }

        [TestMethod]
        public void StreamCheckOnAnEngineWithoutItIsAnExecutionError()
        {
            string[] r = _h.Send("DIAG:STREAM?");
            Assert.AreEqual(1, r.Length);
            Assert.StartsWith("ERR,-200,", r[0]);
            Assert.AreEqual("ERR,-108,Parameter not allowed", _h.Send("DIAG:STREAM? 1")[0]);
        }

        [TestMethod]
        public void MeasurementFailureIsRecordedWithStatusAndReportedAsError()
        {
            _h.Engine.NextStatus = MeasurementStatus.NotIdle;
            string[] r = _h.Send("MEAS:ZOUT? L");
            Assert.AreEqual("$ZOUT,1,,SE35,L,1000.000,0.000000,0.000000,NOT_IDLE,0", r[0]);
            Assert.AreEqual("ERR,101,Measurement failed: NOT_IDLE", r[1]);
        }

        [TestMethod]
        public void DifferentialLegCannotBeMeasuredDirectly()
        {
            Assert.AreEqual("ERR,-224,Illegal parameter value", _h.Send("MEAS:ZOUT? LD")[0]);
            Assert.AreEqual(0, _h.Engine.MeasurePointCalls);
        }

        [TestMethod]
        public void SweepSendsEveryPointAndAFitPerLeg()
        {
            string[] r = _h.Send("MEAS:SWEEP? BAL44");
            // 4 legs x (progress? no: fake Measure reports none) 2 points + 1 fit, then OK
            Assert.AreEqual(4 * 3 + 1, r.Length);
            Assert.StartsWith("$ZOUT,1,,BAL44,L+,100.000,", r[0]);
            Assert.AreEqual("$FIT,3,,BAL44,L+,0.500000,0.000,0.000,0.000000,1,OK,0", r[2]);
            Assert.AreEqual("OK", r[12]);
        }

        [TestMethod]
        public void CalibrationStepsShowInCalStat()
        {
            Assert.AreEqual("OK", _h.Send("CAL:OPEN")[0]);
            _h.Send("CAL:SHORT SE35");
            _h.Send("CAL:LOAD");
            Assert.AreEqual("1,1,1,7,0", _h.Send("CAL:STAT?")[0]);
            _h.Send("CAL:CLEAR");
            Assert.AreEqual("0,0,0,0,0", _h.Send("CAL:STAT?")[0]);
        }

        [TestMethod]
        public void ConfSettingsRoundTripAndRstRestoresDefaults()
        {
            _h.Send("CONF:JACK bal44");
            _h.Send("CONF:FREQ 20.5");
            _h.Send("CONF:STREAM OFF");
            Assert.AreEqual("BAL44", _h.Send("CONF:JACK?")[0]);
            Assert.AreEqual("20.500", _h.Send("CONF:FREQ?")[0]);
            Assert.AreEqual("OFF", _h.Send("CONF:STREAM?")[0]);
            _h.Send("*RST");
            Assert.AreEqual("SE35", _h.Send("CONF:JACK?")[0]);
            Assert.AreEqual("ON", _h.Send("CONF:STREAM?")[0]);
        }

        [TestMethod]
        public void ContinuousModeTakesExactlyTheAskedReadingsAlternatingLegs()
        {
            string[] r = _h.Send("MEAS:CONT 5");
            Assert.AreEqual(6, r.Length);
            Assert.AreEqual("OK", r[0]);
            Assert.StartsWith("$ZOUT,1,,SE35,L,", r[1]);
            Assert.StartsWith("$ZOUT,2,,SE35,R,", r[2]);
            Assert.StartsWith("$ZOUT,5,,SE35,L,", r[5]);
            Assert.AreEqual(5, _h.Engine.MeasurePointCalls);
            Assert.AreEqual(0, _h.Service.ContinuousRemaining);
        }

        [TestMethod]
        public void ProgressLinesPrecedeTheRecord()
        {
            _h.Link.Feed("MEAS:ZOUT?\n");
            _h.Drain();
            string[] r = Lines.Bodies(_h.Link.TakeLines());
            Assert.AreEqual("#PROG,50,point", r[0]);
            Assert.StartsWith("$ZOUT,1,", r[1]);
        }

        [TestMethod]
        public void CaptureLinesAreChecksummedThenOk()
        {
            string[] r = _h.Send("CAPT?");
            Assert.AreEqual("# capture v1", r[0]);
            Assert.AreEqual("samples,3", r[1]);
            Assert.AreEqual("OK", r[2]);
        }

        [TestMethod]
        public void CaptureLineOf250CharactersPassesWhole()
        {
            _h.Engine.ExtraCaptureLine = new string('s', 250);
            string[] r = _h.Send("CAPT?");
            Assert.AreEqual(250, r[2].Length);
            Assert.AreEqual("OK", r[3]);
        }

        [TestMethod]
        public void CaptureLineTooLongToSendIsReportedNotSilentlyCut()
        {
            _h.Engine.ExtraCaptureLine = new string('s', OutputLine.MaxBody + 1);
            string[] r = _h.Send("CAPT?");
            Assert.AreEqual(OutputLine.MaxBody, r[2].Length);
            Assert.AreEqual("ERR,-200,Execution error", r[3]);
        }

        [TestMethod]
        public void HelpListsEveryCommandUsage()
        {
            string[] r = _h.Send("SYST:HELP?");
            Assert.AreEqual(CommandTable.Count + 1, r.Length);
            Assert.StartsWith("MEAS:ZOUT? [leg] [freq_Hz]", r[(int)CommandId.MeasZout]);
        }

        [TestMethod]
        public void PublishedResultsStreamOnlyWhenStreamIsOn()
        {
            MeasurementResult result = _h.Engine.Measure(JackType.Se35, new OutputLine(new FakeSerialLink()));
            _h.Service.PublishResult(result);
            Assert.AreEqual(6, _h.Link.TakeLines().Length);
            _h.Send("CONF:STREAM OFF");
            _h.Service.PublishResult(result);
            Assert.AreEqual(0, _h.Link.TakeLines().Length);
        }

        [TestMethod]
        public void EveryOutputLineFitsTheLimit()
        {
            _h.Send("CONF:SRC \"" + new string('x', ProtocolInfo.MaxNameLength) + "\"");
            _h.Link.Feed("SYST:HELP?\nMEAS:SWEEP? BAL44\nIEM:LIST?\n");
            _h.Drain();
            string[] lines = _h.Link.TakeLines();
            for (int i = 0; i < lines.Length; i++)
            {
                Assert.IsTrue(lines[i].Length + 2 <= ProtocolInfo.MaxOutputLength, lines[i]);
                Lines.Body(lines[i]);
            }
        }
    }
}
