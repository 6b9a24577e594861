using ImpedanceMeter.Core.Protocol;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Protocol
{
    /// <summary>
    /// Random and malformed input never crashes the service, never changes state, and always
    /// gets exactly one ERR line per damaged line; afterwards valid commands still work.
    /// </summary>
    [TestClass]
    public class ProtocolFuzzTests
    {
        private uint _seed;

        private int Next(int bound)
        {
            // Numerical Recipes LCG; same sequence on the device and the host.
            _seed = (_seed * 1664525) + 1013904223;
            return (int)((_seed >> 8) % (uint)bound);
        }

        private static ServiceHarness Prepared()
        {
            ServiceHarness h = new ServiceHarness();
            h.Send("CONF:SRC \"Dongle\"");
            h.Send("CONF:FREQ 100");
            h.Send("IEM:ADD \"Keep\" 32 1");
            h.Send("IEM:PT 1000 32 0");
            h.Send("IEM:END");
            h.Link.TakeLines();
            return h;
        }

        private static int CountErr(string[] bodies)
        {
            int n = 0;
            for (int i = 0; i < bodies.Length; i++)
            {
                if (bodies[i].StartsWith("ERR,"))
                {
                    n++;
                }
            }

            return n;
        }

        [TestMethod]
        public void RandomBytesWithAControlByteInEveryLineChangeNothing()
        {
            _seed = 12345;
            ServiceHarness h = Prepared();
            string before = h.Snapshot();
            byte[] line = new byte[300];
            for (int round = 0; round < 400; round++)
            {
                int n = 1 + Next(250);
                for (int i = 0; i < n; i++)
                {
                    int b = Next(256);
                    line[i] = (byte)(b == '\n' ? 'x' : b);
                }

                line[Next(n)] = (byte)Next(0x20 == 0 ? 1 : 0x1F);
                if (line[0] == 0x0A)
                {
                    line[0] = 0x01;
                }

                for (int i = 0; i < n; i++)
                {
                    if (line[i] == 0x0A || line[i] == 0x0D)
                    {
                        line[i] = 0x01;
                    }
                }

                line[n] = (byte)'\n';
                h.Link.ReadChunk = 1 + Next(64);
                h.Link.Feed(line, n + 1);
                h.Drain();
                string[] bodies = Lines.Bodies(h.Link.TakeLines());
                Assert.AreEqual(1, bodies.Length, "round " + round.ToString());
                Assert.IsTrue(bodies[0] == "ERR,-101,Invalid character" || bodies[0] == "ERR,-223,Too much data", bodies[0]);
            }

            Assert.AreEqual(before, h.Snapshot());
            Assert.AreEqual("Dongle", h.Service.Settings.SourceName);
        }

        [TestMethod]
        public void OverlongLinesAreRefusedEvenWhenTheyStartWithAValidCommand()
        {
            _seed = 99;
            ServiceHarness h = Prepared();
            string before = h.Snapshot();
            for (int round = 0; round < 50; round++)
            {
                string tail = new string('A', ProtocolInfo.MaxCommandLength + Next(500));
                string[] r = h.Send("CONF:SRC \"x\" " + tail);
                Assert.AreEqual(1, r.Length);
                Assert.AreEqual("ERR,-223,Too much data", r[0]);
            }

            Assert.AreEqual(before, h.Snapshot());
        }

        [TestMethod]
        public void MutatedAndTruncatedCommandsChangeNothing()
        {
            _seed = 4242;
            ServiceHarness h = Prepared();
            string before = h.Snapshot();
            string[] bad = new string[]
            {
                "CONF:JACK", "CONF:JACK BAL45", "CONF:JACK SE35 BAL44", "CONF:FREQ abc", "CONF:FREQ -5", "CONF:FREQ 1e3",
                "CONF:FREQ 100001", "CONF:SRC", "CONF:SRC \"a,b\"", "CONF:SRC \"" + new string('y', 25) + "\"", "CONF:STREAM MAYBE",
                "MEAS:ZOUT? Q", "MEAS:ZOUT? LD", "MEAS:ZOUT? L x", "MEAS:ZOUT? L -1", "MEAS:ZOUT? L 1 2", "MEAS:CONT", "MEAS:CONT -3",
                "MEAS:CONT 1.5", "MEAS:CONT 9999999", "MEAS:SWEEP? SE34", "CAL:OPEN XLR", "CAL:CLEAR now", "*RST 1",
                "IEM:ADD", "IEM:ADD \"N\"", "IEM:ADD \"N\" 0 3", "IEM:ADD \"N\" 16 -1", "IEM:ADD \"a|b\" 16 2", "IEM:PT 20 16 90.01", "IEM:ADD \"N\" 16 999", "IEM:ADD \"N\" x 3",
                "IEM:ADD \"Keep\" 16 3", "IEM:PT 20 16 0", "IEM:END", "IEM:DEL 7", "IEM:DEL \"nope\"", "IEM:SEL 1", "IEM:GET? 3",
                "IEM:SEL \"Keep", "\"", "MEAS:ZOUT?\"", ":", "*", "SYST", "MEAS:ZOUT", "CAL:OPENX", "IEM::LIST?",
            };
            int sent = 0;
            for (int i = 0; i < bad.Length; i++)
            {
                Assert.AreEqual(1, CountErr(h.Send(bad[i])), bad[i]);
                sent++;
            }

            // Random truncations and single-character mutations of every header.
            for (int round = 0; round < 2000; round++)
            {
                string header = CommandTable.Header(Next(CommandTable.Count));
                string text;
                if (Next(2) == 0)
                {
                    text = header.Substring(0, Next(header.Length));
                }
                else
                {
                    int at = Next(header.Length);
                    char c = (char)('!' + Next(94));
                    text = header.Substring(0, at) + c.ToString() + header.Substring(at + 1);
                    if (CommandTable.Find(Parse(text)) >= 0)
                    {
                        continue;
                    }
                }

                if (text.Length == 0 || text.Trim().Length == 0 || Parse(text).TokenCount == 0)
                {
                    continue;
                }

                Assert.AreEqual(1, CountErr(h.Send(text + " SE35 1")), text);
                sent++;
            }

            Assert.AreEqual(before, h.Snapshot());
            Assert.IsTrue(sent > 1000, "too few cases: " + sent.ToString());
            Assert.AreEqual("OK", h.Send("*CLS")[0]);
            Assert.AreEqual("0,\"No error\"", h.Send("SYST:ERR?")[0]);
        }

        [TestMethod]
        public void CommandSplitAcrossReadsOfAnySizeStillWorks()
        {
            _seed = 7;
            for (int chunk = 1; chunk <= 9; chunk++)
            {
                ServiceHarness h = new ServiceHarness();
                h.Link.ReadChunk = chunk;
                string[] r = h.Send("CONF:SRC \"Split\"\r\nCONF:SRC?");
                Assert.AreEqual("OK", r[0]);
                Assert.AreEqual("\"Split\"", r[1]);
            }
        }

        private static ParsedCommand Parse(string text)
        {
            ParsedCommand c = new ParsedCommand();
            byte[] b = Lines.Bytes(text);
            c.Parse(b, b.Length);
            return c;
        }
    }
}
