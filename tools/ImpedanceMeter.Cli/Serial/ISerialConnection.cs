namespace ImpedanceMeter.Cli.Serial;

/// <summary>
/// A byte link to a meter on the PC. <see cref="PosixSerialPort"/> implements it with termios
/// and poll on Linux and macOS; a Windows build would wrap System.IO.Ports.SerialPort here.
/// </summary>
public interface ISerialConnection : IDisposable
{
    /// <summary>Device path or port name ("/dev/ttyUSB0", "COM3").</summary>
    string Name { get; }

    /// <summary>
    /// Waits up to <paramref name="timeoutMs"/> for bytes and copies what is there; returns 0 on
    /// timeout. Throws <see cref="SerialPortException"/> when the port goes away (unplugged).
    /// </summary>
    int Read(byte[] buffer, int offset, int count, int timeoutMs);

    /// <summary>Writes every byte (waits while the driver's buffer is full). Throws <see cref="SerialPortException"/> when the port goes away.</summary>
    void Write(byte[] buffer, int offset, int count);
}
