using ImpedanceMeter.Cli.Serial;

namespace ImpedanceMeter.Host.Tests.Serial;

/// <summary>The libc serial port on a pseudo-terminal: raw 8-bit transparency, busy and missing ports, hang-up.</summary>
[TestClass]
public class PosixSerialPortTests
{
    private static byte[] ReadExactly(Func<byte[], int, int, int> read, int count)
    {
        var got = new byte[count];
        int n = 0;
        DateTime end = DateTime.UtcNow.AddSeconds(5);
        while (n < count && DateTime.UtcNow < end)
        {
            n += read(got, n, count - n);
        }

        Assert.AreEqual(count, n, "bytes received");
        return got;
    }

    [TestMethod]
    [Timeout(30000, CooperativeCancellation = true)]
    public void EveryByteValuePassesUnchangedBothWays()
    {
        using var pty = new PseudoTerminal();
        using var port = PosixSerialPort.Open(pty.SlavePath);
        byte[] all = Enumerable.Range(0, 256).Select(i => (byte)i).Concat(new byte[] { 13, 10, 3, 4, 26, 17, 19 }).ToArray();
        port.Write(all, 0, all.Length);
        CollectionAssert.AreEqual(all, ReadExactly((b, o, c) => pty.ReadMaster(b, o, c, 50), all.Length), "PC to meter: no CR/LF translation, no signals, no flow control");
        Assert.AreEqual(all.Length, pty.WriteMaster(all, 0, all.Length, 1000));
        CollectionAssert.AreEqual(all, ReadExactly((b, o, c) => port.Read(b, o, c, 50), all.Length), "meter to PC");
    }

    [TestMethod]
    public void SecondOpenOfTheSamePortSaysBusy()
    {
        using var pty = new PseudoTerminal();
        using var first = PosixSerialPort.Open(pty.SlavePath);
        var e = Assert.ThrowsExactly<SerialPortException>(() => PosixSerialPort.Open(pty.SlavePath));
        Assert.AreEqual(pty.SlavePath + ": port is busy (another program has it open)", e.Message);
        first.Dispose();
        using var again = PosixSerialPort.Open(pty.SlavePath);
    }

    [TestMethod]
    public void MissingPortAndNonTerminalGiveOneLineReasons()
    {
        Assert.AreEqual("/dev/imeter-none: no such port", Assert.ThrowsExactly<SerialPortException>(() => PosixSerialPort.Open("/dev/imeter-none")).Message);
        StringAssert.StartsWith(Assert.ThrowsExactly<SerialPortException>(() => PosixSerialPort.Open("/dev/null")).Message, "/dev/null: not a serial port");
    }

    [TestMethod]
    public void ReadTimesOutWithZeroAndHangUpIsADisconnect()
    {
        var pty = new PseudoTerminal();
        using var port = PosixSerialPort.Open(pty.SlavePath);
        Assert.AreEqual(0, port.Read(new byte[16], 0, 16, 20));
        pty.Dispose();
        var e = Assert.ThrowsExactly<SerialPortException>(() => port.Read(new byte[16], 0, 16, 1000));
        Assert.IsTrue(e.Disconnected);
    }
}
