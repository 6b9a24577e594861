using System.Runtime.InteropServices;

namespace ImpedanceMeter.Cli.Serial;

/// <summary>
/// A tty opened with libc: O_NOCTTY|O_NONBLOCK, an exclusive flock (a second logger gets "busy"),
/// termios raw 115200 8N1 without flow control, and poll() for timeouts. Linux and macOS.
/// </summary>
public sealed class PosixSerialPort : ISerialConnection
{
    private readonly PosixConstants _c;
    private int _fd;

    public string Name { get; }

    private PosixSerialPort(string name, int fd, PosixConstants c)
    {
        Name = name;
        _fd = fd;
        _c = c;
    }

    /// <summary>Opens and configures <paramref name="path"/>; throws <see cref="SerialPortException"/> with a clear reason.</summary>
    public static unsafe PosixSerialPort Open(string path)
    {
        PosixConstants c = PosixConstants.Current;
        int fd = Libc.open(path, c.ORdwr | c.ONoctty | c.ONonblock);
        if (fd < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            string why = errno switch
            {
                PosixConstants.Enoent => "no such port",
                PosixConstants.Eacces => "permission denied (add yourself to the dialout/uucp group)",
                _ => Libc.ErrorText(errno),
            };
            throw new SerialPortException(path + ": " + why);
        }

        if (Libc.flock(fd, PosixConstants.LockEx | PosixConstants.LockNb) != 0)
        {
            Libc.close(fd);
            throw new SerialPortException(path + ": port is busy (another program has it open)");
        }

        byte* termios = stackalloc byte[256];
        if (Libc.tcgetattr(fd, termios) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            Libc.close(fd);
            throw new SerialPortException(path + ": not a serial port (" + Libc.ErrorText(errno) + ")");
        }

        Libc.cfmakeraw(termios);
        Libc.cfsetispeed(termios, c.B115200);
        Libc.cfsetospeed(termios, c.B115200);
        ulong cflag = c.CflagSize == 4 ? *(uint*)(termios + c.CflagOffset) : *(ulong*)(termios + c.CflagOffset);
        cflag = (cflag | c.Clocal | c.Cread) & ~(c.Cstopb | c.Crtscts);
        if (c.CflagSize == 4)
        {
            *(uint*)(termios + c.CflagOffset) = (uint)cflag;
        }
        else
        {
            *(ulong*)(termios + c.CflagOffset) = cflag;
        }

        if (Libc.tcsetattr(fd, PosixConstants.TcsaNow, termios) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            Libc.close(fd);
            throw new SerialPortException(path + ": cannot set 115200 8N1 raw (" + Libc.ErrorText(errno) + ")");
        }

        Libc.tcflush(fd, PosixConstants.TciOflush);
        return new PosixSerialPort(path, fd, c);
    }

    public unsafe int Read(byte[] buffer, int offset, int count, int timeoutMs)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + count, buffer.Length);
        Libc.PollFd p = new() { Fd = Fd(), Events = PosixConstants.PollIn };
        int ready = Libc.poll(&p, 1, timeoutMs);
        if (ready < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno == 4)
            {
                return 0; // EINTR
            }

            throw new SerialPortException(Name + ": poll failed (" + Libc.ErrorText(errno) + ")", true);
        }

        if (ready == 0)
        {
            return 0;
        }

        if ((p.Revents & PosixConstants.PollIn) == 0 && (p.Revents & (PosixConstants.PollHup | PosixConstants.PollErr | PosixConstants.PollNval)) != 0)
        {
            throw new SerialPortException(Name + ": port disconnected", true);
        }

        fixed (byte* b = &buffer[offset])
        {
            nint n = Libc.read(_fd, b, count);
            if (n > 0)
            {
                return (int)n;
            }

            int errno = n < 0 ? Marshal.GetLastPInvokeError() : 0;
            if (n < 0 && errno == _c.Eagain)
            {
                return 0;
            }

            throw new SerialPortException(Name + ": port disconnected" + (n < 0 ? " (" + Libc.ErrorText(errno) + ")" : string.Empty), true);
        }
    }

    public unsafe void Write(byte[] buffer, int offset, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + count, buffer.Length);
        int done = 0;
        while (done < count)
        {
            fixed (byte* b = &buffer[offset + done])
            {
                nint n = Libc.write(Fd(), b, count - done);
                if (n > 0)
                {
                    done += (int)n;
                    continue;
                }

                int errno = Marshal.GetLastPInvokeError();
                if (n < 0 && errno != _c.Eagain)
                {
                    throw new SerialPortException(Name + ": write failed (" + Libc.ErrorText(errno) + ")", true);
                }
            }

            Libc.PollFd p = new() { Fd = _fd, Events = PosixConstants.PollOut };
            if (Libc.poll(&p, 1, 1000) == 0)
            {
                throw new SerialPortException(Name + ": write timed out (device not reading)", true);
            }
        }
    }

    private int Fd() => _fd >= 0 ? _fd : throw new ObjectDisposedException(Name);

    public void Dispose()
    {
        if (_fd >= 0)
        {
            Libc.close(_fd);
            _fd = -1;
        }
    }
}
