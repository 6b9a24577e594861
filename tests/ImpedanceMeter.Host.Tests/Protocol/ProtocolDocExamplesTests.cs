using System.Text;
using ImpedanceMeter.Cli.Commands;
using ImpedanceMeter.Cli.Protocol;
using ImpedanceMeter.Cli.Serial;
using ImpedanceMeter.Core.Protocol;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Host.Tests.Protocol;

/// <summary>
/// Replays every ```session block of docs/protocol.md against a fresh virtual meter (the same
/// one `imeter serve --pty` runs) over a real pseudo-terminal: each "&gt; " line is sent, and the
/// "&lt; " lines that follow must come back byte for byte, checksums included.
/// </summary>
[TestClass]
public class ProtocolDocExamplesTests
{
    public TestContext TestContext { get; set; } = null!;

    public static IEnumerable<object[]> Blocks()
    {
        string[] lines = File.ReadAllLines(RepoPaths.Combine("docs", "protocol.md"));
        var block = new List<string>();
        int start = 0;
        bool inside = false;
        for (int i = 0; i < lines.Length; i++)
        {
            if (!inside && lines[i].Trim() == "```session")
            {
                inside = true;
                block = new List<string>();
                start = i + 1;
            }
            else if (inside && lines[i].Trim() == "```")
            {
                inside = false;
                yield return new object[] { start, string.Join("\n", block) };
            }
            else if (inside)
            {
                block.Add(lines[i]);
            }
        }
    }

    [TestMethod]
    public void TheDocumentHasExamplesOfEveryCommandGroup()
    {
        string all = string.Join("\n", Blocks().Select(b => (string)b[1]));
        foreach (string header in new[] { "*IDN?", "SYST:VERS?", "SYST:ERR?", "MEAS:ZOUT?", "MEAS:SWEEP?", "MEAS:CONT", "CAL:OPEN", "CAL:STAT?", "IEM:LIST?", "IEM:ADD", "IEM:GET?", "CAPT?", "CONF:SRC" })
        {
            Assert.IsTrue(all.Contains("> " + header, StringComparison.Ordinal), "no example of " + header);
        }
    }

    [TestMethod]
    [DynamicData(nameof(Blocks))]
    [Timeout(60000, CooperativeCancellation = true)]
    public void ExampleReplaysExactly(int line, string block)
    {
        using var meter = new VirtualMeterPty(new DemoZoutEngine(), new IemLibraryAdapter(new IemLibrary()), ServeCommand.VirtualIdentity()).Start();
        using ISerialConnection port = SerialConnections.Open(meter.DevicePath);
        var reader = new MeterLineReader();
        var received = new Queue<string>();
        var transcript = new StringBuilder();
        byte[] rx = new byte[4096];
        string[] steps = block.Split('\n');
        bool ok = true;
        string? firstMismatch = null;
        for (int i = 0; i < steps.Length; i++)
        {
            string step = steps[i];
            if (step.StartsWith("> ", StringComparison.Ordinal))
            {
                byte[] cmd = Encoding.ASCII.GetBytes(step[2..] + "\n");
                port.Write(cmd, 0, cmd.Length);
                transcript.Append(step).Append('\n');
                int expected = steps.Skip(i + 1).TakeWhile(s => !s.StartsWith("> ", StringComparison.Ordinal)).Count(s => s.StartsWith("< ", StringComparison.Ordinal));
                DateTime end = DateTime.UtcNow.AddSeconds(5);
                // Every command ends with OK or ERR; records of MEAS:CONT may follow the OK.
                while ((received.Count < expected || !received.Any(IsCompletion)) && DateTime.UtcNow < end)
                {
                    int n = port.Read(rx, 0, rx.Length, 50);
                    reader.Feed(rx, 0, n, l => received.Enqueue(l.Raw));
                }

                // Catch anything beyond what the document lists.
                int extra = port.Read(rx, 0, rx.Length, 150);
                reader.Feed(rx, 0, extra, l => received.Enqueue(l.Raw));
                var got = received.ToList();
                received.Clear();
                var want = steps.Skip(i + 1).TakeWhile(s => !s.StartsWith("> ", StringComparison.Ordinal)).Where(s => s.StartsWith("< ", StringComparison.Ordinal)).Select(s => s[2..]).ToList();
                foreach (string g in got)
                {
                    transcript.Append("< ").Append(g).Append('\n');
                }

                if (!got.SequenceEqual(want))
                {
                    ok = false;
                    firstMismatch ??= step + " (doc line " + (line + i + 1) + ")";
                }
            }
        }

        meter.Stop();
        TestContext.WriteLine(transcript.ToString());
        if (Environment.GetEnvironmentVariable("IMETER_DOC_TRANSCRIPTS") is string dump)
        {
            // To refresh the examples after a deliberate protocol change: write what the meter said.
            File.WriteAllText(Path.Combine(dump, line + ".txt"), transcript.ToString());
        }

        Assert.IsTrue(ok, "docs/protocol.md example at line " + line + " differs from the virtual meter, first at " + firstMismatch + "; actual transcript:\n" + transcript);
    }

    private static bool IsCompletion(string raw) => raw.StartsWith("OK*", StringComparison.Ordinal) || raw.StartsWith("ERR,", StringComparison.Ordinal);

    [TestMethod]
    public void EveryDocumentedMeterLineCarriesAValidChecksum()
    {
        foreach (object[] b in Blocks())
        {
            foreach (string l in ((string)b[1]).Split('\n').Where(l => l.StartsWith("< ", StringComparison.Ordinal)))
            {
                byte[] bytes = Encoding.ASCII.GetBytes(l[2..]);
                Assert.IsTrue(LineChecksum.Verify(bytes, bytes.Length) >= 0, "bad checksum in docs: " + l);
            }
        }
    }
}
