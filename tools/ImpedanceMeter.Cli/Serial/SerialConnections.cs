namespace ImpedanceMeter.Cli.Serial;

/// <summary>Opens the right <see cref="ISerialConnection"/> for the OS: termios on Linux/macOS; elsewhere a clear error.</summary>
public static class SerialConnections
{
    /// <summary>Opens <paramref name="path"/> at 115200 8N1 raw; throws <see cref="SerialPortException"/> with a one-line reason.</summary>
    public static ISerialConnection Open(string path)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            return PosixSerialPort.Open(path);
        }

        // Seam for Windows: wrap System.IO.Ports.SerialPort (ReadTimeout for the poll timeout) in an ISerialConnection.
        throw new SerialPortException(path + ": serial ports are supported on Linux and macOS in this build");
    }
}
