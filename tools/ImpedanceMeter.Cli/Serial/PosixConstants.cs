namespace ImpedanceMeter.Cli.Serial;

/// <summary>
/// Numeric constants and struct termios layout of the host OS. Linux values from
/// &lt;asm-generic/termbits.h&gt;, &lt;asm-generic/fcntl.h&gt;; macOS values from &lt;sys/termios.h&gt;,
/// &lt;sys/fcntl.h&gt; (Darwin: tcflag_t and speed_t are unsigned long, c_cc has 20 entries).
/// Linux is tested here; macOS values are taken from the headers and untested.
/// </summary>
internal sealed class PosixConstants
{
    public int ORdwr { get; private init; }
    public int ONoctty { get; private init; }
    public int ONonblock { get; private init; }
    public int FGetfl { get; private init; }
    public int FSetfl { get; private init; }
    public nuint B115200 { get; private init; }

    /// <summary>Byte offset and size of c_cflag inside struct termios.</summary>
    public int CflagOffset { get; private init; }
    public int CflagSize { get; private init; }

    public ulong Clocal { get; private init; }
    public ulong Cread { get; private init; }
    public ulong Cstopb { get; private init; }
    public ulong Crtscts { get; private init; }
    public int Eagain { get; private init; }

    public const int Eio = 5;
    public const int Enoent = 2;
    public const int Eacces = 13;
    public const int Ewouldblock_Linux = 11;
    public const short PollIn = 0x1;
    public const short PollOut = 0x4;
    public const short PollErr = 0x8;
    public const short PollHup = 0x10;
    public const short PollNval = 0x20;
    public const int LockEx = 2;
    public const int LockNb = 4;
    public const int TcsaNow = 0;
    public const int TciOflush = 2;

    /// <summary>Constants of the running OS; throws PlatformNotSupportedException elsewhere (use a System.IO.Ports implementation).</summary>
    public static PosixConstants Current { get; } = Create();

    private static PosixConstants Create()
    {
        if (OperatingSystem.IsLinux())
        {
            return new PosixConstants
            {
                ORdwr = 2, ONoctty = 0x100, ONonblock = 0x800, FGetfl = 3, FSetfl = 4, B115200 = 0x1002,
                CflagOffset = 8, CflagSize = 4, Clocal = 0x800, Cread = 0x80, Cstopb = 0x40, Crtscts = 0x80000000, Eagain = 11,
            };
        }

        if (OperatingSystem.IsMacOS())
        {
            return new PosixConstants
            {
                ORdwr = 2, ONoctty = 0x20000, ONonblock = 0x4, FGetfl = 3, FSetfl = 4, B115200 = 115200,
                CflagOffset = 16, CflagSize = 8, Clocal = 0x8000, Cread = 0x800, Cstopb = 0x400, Crtscts = 0x30000, Eagain = 35,
            };
        }

        throw new PlatformNotSupportedException("serial ports need Linux or macOS here; on Windows use System.IO.Ports behind ISerialConnection");
    }
}
