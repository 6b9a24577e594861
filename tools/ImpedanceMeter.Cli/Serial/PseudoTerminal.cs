using System.Runtime.InteropServices;
using System.Text;

namespace ImpedanceMeter.Cli.Serial;

/// <summary>
/// An openpty() pair: the master end is the "device side" (the virtual meter reads and writes
/// it), the slave path (/dev/pts/N) is what a logger or terminal opens like a real serial port.
/// The slave is kept open here too so the master never sees a hang-up while no client is attached.
/// </summary>
public sealed class PseudoTerminal : IDisposable
{
    private readonly PosixConstants _c = PosixConstants.Current;
    private int _master;
    private int _slave;

    /// <summary>Path of the slave end, e.g. /dev/pts/3.</summary>
    public string SlavePath { get; }

    public unsafe PseudoTerminal()
    {
        int master;
        int slave;
        byte* name = stackalloc byte[1024];
        if (Libc.openpty(&master, &slave, name, null, null) != 0)
        {
            throw new SerialPortException("openpty failed: " + Libc.ErrorText(Marshal.GetLastPInvokeError()));
        }

        _master = master;
        _slave = slave;
        SlavePath = Marshal.PtrToStringUTF8((nint)name) ?? throw new SerialPortException("openpty returned no name");
        byte* termios = stackalloc byte[256];
        Libc.tcgetattr(slave, termios);
        Libc.cfmakeraw(termios);
        Libc.tcsetattr(slave, PosixConstants.TcsaNow, termios);
        int flags = Libc.fcntl(master, _c.FGetfl, 0);
        Libc.fcntl(master, _c.FSetfl, flags | _c.ONonblock);
    }

    /// <summary>Reads what the master end has, waiting up to <paramref name="timeoutMs"/>; 0 when nothing.</summary>
    public unsafe int ReadMaster(byte[] buffer, int offset, int count, int timeoutMs)
    {
        Libc.PollFd p = new() { Fd = _master, Events = PosixConstants.PollIn };
        if (Libc.poll(&p, 1, timeoutMs) <= 0 || (p.Revents & PosixConstants.PollIn) == 0)
        {
            return 0;
        }

        fixed (byte* b = &buffer[offset])
        {
            nint n = Libc.read(_master, b, count);
            return n > 0 ? (int)n : 0;
        }
    }

    /// <summary>
    /// Writes to the master end. When the slave side does not drain for <paramref name="timeoutMs"/>
    /// the rest is dropped, as a USB-UART bridge drops bytes with no host reading; returns bytes written.
    /// </summary>
    public unsafe int WriteMaster(byte[] buffer, int offset, int count, int timeoutMs)
    {
        int done = 0;
        while (done < count && _master >= 0)
        {
            fixed (byte* b = &buffer[offset + done])
            {
                nint n = Libc.write(_master, b, count - done);
                if (n > 0)
                {
                    done += (int)n;
                    continue;
                }
            }

            Libc.PollFd p = new() { Fd = _master, Events = PosixConstants.PollOut };
            if (Libc.poll(&p, 1, timeoutMs) <= 0)
            {
                break;
            }
        }

        return done;
    }

    /// <summary>Text for diagnostics.</summary>
    public override string ToString() => new StringBuilder("pty ").Append(SlavePath).ToString();

    public void Dispose()
    {
        if (_master >= 0)
        {
            Libc.close(_master);
            _master = -1;
        }

        if (_slave >= 0)
        {
            Libc.close(_slave);
            _slave = -1;
        }
    }
}
