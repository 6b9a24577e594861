namespace ImpedanceMeter.Cli.Logger;

/// <summary>What a logging session does.</summary>
public sealed record LoggerOptions
{
    /// <summary>Serial device path.</summary>
    public required string Port { get; init; }

    /// <summary>SQLite file (created when missing); null = no database.</summary>
    public string? DatabasePath { get; init; }

    /// <summary>CSV file (appended); null = no CSV.</summary>
    public string? CsvPath { get; init; }

    /// <summary>Commands sent once after the first handshake (e.g. "MEAS:CONT 100").</summary>
    public IReadOnlyList<string> StartCommands { get; init; } = Array.Empty<string>();

    /// <summary>Keep waiting for the port to come back after an unplug (default true).</summary>
    public bool Reconnect { get; init; } = true;

    /// <summary>Answer timeout per command attempt, ms.</summary>
    public int QueryTimeoutMs { get; init; } = 1500;

    /// <summary>Attempts for idempotent queries (*IDN?, SYST:SEQ?) when answers arrive damaged.</summary>
    public int QueryAttempts { get; init; } = 6;
}
