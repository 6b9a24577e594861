namespace ImpedanceMeter.Cli.Serial;

/// <summary>A serial port could not be opened or went away; <see cref="Exception.Message"/> is one line for the user.</summary>
public sealed class SerialPortException : IOException
{
    /// <summary>True when the port existed and then disappeared or hung up (worth reconnecting).</summary>
    public bool Disconnected { get; }

    public SerialPortException(string message, bool disconnected = false) : base(message)
    {
        Disconnected = disconnected;
    }
}
