namespace ImpedanceMeter.Cli.Protocol;

/// <summary>A protocol-level failure (no answer, damaged answers, error reply); the message is one line.</summary>
public sealed class MeterException : Exception
{
    public MeterException(string message) : base(message)
    {
    }
}
