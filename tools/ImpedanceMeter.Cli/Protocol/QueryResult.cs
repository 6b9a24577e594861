namespace ImpedanceMeter.Cli.Protocol;

/// <summary>The response lines of one command and how it completed ("OK" or "ERR,code,text").</summary>
public sealed record QueryResult(bool Ok, int ErrorCode, string ErrorText, IReadOnlyList<string> Lines)
{
    /// <summary>Throws <see cref="MeterException"/> unless the command completed with OK.</summary>
    public QueryResult EnsureOk(string command)
    {
        if (!Ok)
        {
            throw new MeterException(command + ": meter answered error " + ErrorCode + " (" + ErrorText + ")");
        }

        return this;
    }
}
