using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Cli.Serial;

/// <summary>The device's <see cref="ISerialLink"/> on the master end of a pseudo-terminal: reads never block.</summary>
public sealed class PtyMasterLink : ISerialLink
{
    private readonly PseudoTerminal _pty;

    /// <summary>Bytes dropped because no client drained the pty (like a UART with nobody listening).</summary>
    public long DroppedBytes { get; private set; }

    public PtyMasterLink(PseudoTerminal pty)
    {
        _pty = pty;
    }

    public int Read(byte[] buffer, int offset, int count) => _pty.ReadMaster(buffer, offset, count, 0);

    public void Write(byte[] buffer, int offset, int count)
    {
        int written = _pty.WriteMaster(buffer, offset, count, 200);
        DroppedBytes += count - written;
    }
}
