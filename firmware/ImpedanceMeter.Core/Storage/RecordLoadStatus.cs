namespace ImpedanceMeter.Core.Storage
{
    /// <summary>Outcome of <see cref="RecordStore.Load"/>.</summary>
    public enum RecordLoadStatus
    {
        /// <summary>A valid record was loaded (the other slot may still be damaged: see the slot statuses).</summary>
        Loaded = 0,

        /// <summary>Neither slot exists: first boot, use defaults.</summary>
        Missing = 1,

        /// <summary>No valid slot, at least one damaged one: use defaults and report.</summary>
        Corrupt = 2,

        /// <summary>No valid slot, at least one written by newer firmware: use defaults, report, keep the file until overwritten.</summary>
        NewerVersion = 3,
    }
}
