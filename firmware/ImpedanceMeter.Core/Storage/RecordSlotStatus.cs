namespace ImpedanceMeter.Core.Storage
{
    /// <summary>What one slot of a two-slot record holds.</summary>
    public enum RecordSlotStatus
    {
        /// <summary>The slot file does not exist.</summary>
        Empty = 0,

        /// <summary>Magic, length, type and CRC-32 check out, and the payload version is supported.</summary>
        Valid = 1,

        /// <summary>Truncated, bad magic, bad length or bad CRC: a torn or damaged write.</summary>
        Corrupt = 2,

        /// <summary>Intact, but written by newer firmware with a payload version this build cannot read.</summary>
        NewerVersion = 3,

        /// <summary>Intact, but holds a different record type (a misnamed file).</summary>
        WrongType = 4,
    }
}
