using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ImpedanceMeter.Cli.Protocol;
using ImpedanceMeter.Core.Ports;
using ImpedanceMeter.Core.Protocol;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Host.Tests.Protocol;

/// <summary>
/// FsCheck properties of the device-side parser (SerialCommandService) fed arbitrary bytes:
/// it never throws, every meter line is checksummed and within 200 bytes, every line it was sent
/// gets exactly one OK/ERR, and input without a single known header changes no state.
/// </summary>
[TestClass]
public class ParserPropertyTests
{
    private sealed class Link : ISerialLink
    {
        private readonly byte[] _in;
        private int _pos;
        public readonly MemoryStream Out = new();

        public Link(byte[] input) => _in = input;

        public int Read(byte[] buffer, int offset, int count)
        {
            int n = Math.Min(Math.Min(count, 7), _in.Length - _pos);
            Array.Copy(_in, _pos, buffer, offset, n);
            _pos += n;
            return n;
        }

        public void Write(byte[] buffer, int offset, int count) => Out.Write(buffer, offset, count);
    }

    private static string Snapshot(SerialCommandService s, IemLibraryAdapter lib, DemoZoutEngine e) =>
        string.Join("|", s.Settings.Jack, s.Settings.SpotFrequencyMilliHertz, s.Settings.SourceName, s.Settings.Stream, s.LastSequence,
            s.ContinuousRemaining, s.Upload.Active, s.Upload.Received, lib.Count, lib.SelectedIndex, e.Calibration.HasOpen, e.Calibration.CalibrationId);

    private static (string Before, string After, List<byte[]> Lines, int SentLines) Feed(byte[] input)
    {
        var link = new Link(input);
        var lib = new IemLibraryAdapter(new IemLibrary());
        var engine = new DemoZoutEngine();
        var service = new SerialCommandService(link, engine, lib, new DeviceIdentity());
        string before = Snapshot(service, lib, engine);
        for (int i = 0; i < input.Length + 10 && service.Poll(); i++)
        {
        }

        byte[] output = link.Out.ToArray();
        var lines = new List<byte[]>();
        int start = 0;
        for (int i = 0; i < output.Length; i++)
        {
            if (output[i] == '\n')
            {
                lines.Add(output[start..(i + 1)]);
                start = i + 1;
            }
        }

        // Lines the service will have judged: LF-terminated and not blank (CR does not count).
        int sent = 0;
        int lineStart = 0;
        for (int i = 0; i < input.Length; i++)
        {
            if (input[i] == '\n')
            {
                if (input[lineStart..i].Any(b => b != '\r' && b != ' ' && b != ','))
                {
                    sent++;
                }

                lineStart = i + 1;
            }
        }

        return (before, Snapshot(service, lib, engine), lines, sent);
    }

    private static bool HasKnownHeader(byte[] input)
    {
        foreach (string line in Encoding.Latin1.GetString(input).Split('\n'))
        {
            var c = new ParsedCommand();
            byte[] b = Encoding.Latin1.GetBytes(line.Replace("\r", string.Empty));
            if (c.Parse(b, b.Length) == 0 && c.TokenCount > 0 && CommandTable.Find(c) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Heads =
    {
        "MEAS:ZOUT?", "CONF:SRC", "CONF:JACK", "CONF:FREQ", "IEM:ADD", "IEM:PT", "IEM:END", "IEM:SEL", "IEM:DEL", "CAL:OPEN", "CAL:CLEAR", "*RST", "SYST:ERR?",
        "MEAS:ZOUT", "CONF:SRCX", "IEM:", "*", "", "\"", "meas:zout?", "CONF:JACK?",
    };

    private static readonly string[] Params =
    {
        "\"x\"", "\"My IEM\"", "\"", "\"a b", "1000", "16.5", "-3", "0", "1e3", "L+", "LD", "R", "BAL44", "SE34", "ON", "?", "\u0001", "\u00e9", new string('9', 140),
    };

    private static readonly Gen<string> Line =
        from head in Gen.Elements(Heads)
        from ps in Gen.ArrayOf(Gen.Elements(Params))
        from sep in Gen.Elements(" ", ",", "  ", " , ")
        from end in Gen.Elements("\n", "\r\n", "\n", "")
        select head + (ps.Length > 0 ? " " + string.Join(sep, ps) : string.Empty) + end;

    [TestMethod]
    public void TheGeneratorReallyProducesCommands()
    {
        var samples = CommandishBytes().Generator.Sample(200);
        Assert.IsTrue(samples.Count(HasKnownHeader) > 40, "too few inputs with a real command: " + samples.Count(HasKnownHeader));
        Assert.IsTrue(samples.Count(b => !HasKnownHeader(b)) > 20, "too few inputs without one");
    }

    private static Arbitrary<byte[]> CommandishBytes() =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<byte[]>(),
            Gen.ArrayOf(Line).Select(lines => Encoding.Latin1.GetBytes(string.Concat(lines))),
            Gen.ArrayOf(Gen.Choose(0, 255).Select(i => (byte)i)).Select(b => b.Concat(Enumerable.Repeat((byte)'A', 200)).Append((byte)'\n').ToArray()))
        .ToArbitrary();

    [TestMethod]
    public void ArbitraryBytesNeverCrashAndAlwaysAnswerWithCheckedLines()
    {
        Prop.ForAll(CommandishBytes(), input =>
        {
            var (_, _, lines, sent) = Feed(input);
            bool framed = lines.All(l => l.Length <= ProtocolInfo.MaxOutputLength && l[^2] == '\r'
                && LineChecksum.Verify(l, l.Length - 2) >= 0);
            int completions = lines.Count(l => l.AsSpan().StartsWith("OK*"u8) || l.AsSpan().StartsWith("ERR,"u8));
            return framed && completions == sent;
        }).QuickCheckThrowOnFailure();
    }

    [TestMethod]
    public void InputWithoutAKnownHeaderChangesNoState()
    {
        Prop.ForAll(CommandishBytes(), input =>
        {
            var (before, after, _, _) = Feed(input);
            return HasKnownHeader(input) || before == after;
        }).QuickCheckThrowOnFailure();
    }
}
