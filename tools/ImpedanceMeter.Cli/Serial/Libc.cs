using System.Runtime.InteropServices;

namespace ImpedanceMeter.Cli.Serial;

/// <summary>
/// The few POSIX calls the serial link needs (open, termios, poll, openpty), by P/Invoke into
/// libc. Numeric constants differ between Linux and macOS: <see cref="PosixConstants"/> holds both.
/// </summary>
internal static partial class Libc
{
    private const string Lib = "libc";

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [DllImport(Lib, SetLastError = true)]
    public static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport(Lib, SetLastError = true)]
    public static extern int close(int fd);

    [DllImport(Lib, SetLastError = true)]
    public static extern unsafe nint read(int fd, byte* buffer, nint count);

    [DllImport(Lib, SetLastError = true)]
    public static extern unsafe nint write(int fd, byte* buffer, nint count);

    [DllImport(Lib, SetLastError = true)]
    public static extern unsafe int poll(PollFd* fds, nuint nfds, int timeoutMs);

    [DllImport(Lib, SetLastError = true)]
    public static extern int flock(int fd, int operation);

    [DllImport(Lib, SetLastError = true)]
    public static extern unsafe int tcgetattr(int fd, byte* termios);

    [DllImport(Lib, SetLastError = true)]
    public static extern unsafe int tcsetattr(int fd, int optionalActions, byte* termios);

    [DllImport(Lib, SetLastError = true)]
    public static extern unsafe void cfmakeraw(byte* termios);

    [DllImport(Lib, SetLastError = true)]
    public static extern unsafe int cfsetispeed(byte* termios, nuint speed);

    [DllImport(Lib, SetLastError = true)]
    public static extern unsafe int cfsetospeed(byte* termios, nuint speed);

    [DllImport(Lib, SetLastError = true)]
    public static extern int tcflush(int fd, int queueSelector);

    [DllImport(Lib, SetLastError = true)]
    public static extern unsafe int openpty(int* master, int* slave, byte* name, void* termios, void* winsize);

    [DllImport(Lib, SetLastError = true)]
    public static extern int fcntl(int fd, int cmd, int arg);

    [DllImport(Lib, SetLastError = true)]
    public static extern nint strerror(int errnum);

    /// <summary>Text of an errno value ("No such file or directory").</summary>
    public static string ErrorText(int errno) => Marshal.PtrToStringUTF8(strerror(errno)) ?? ("errno " + errno);
}
