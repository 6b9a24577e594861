namespace ImpedanceMeter.Core.Ui
{
    /// <summary>The plain verdict shown with its icon (thresholds are settings, DESIGN.md §2).</summary>
    public enum VerdictLevel
    {
        /// <summary>No verdict (no IEM selected or no valid result).</summary>
        None = 0,

        /// <summary>Deviation at or below the transparent threshold (default 0.5 dB).</summary>
        Transparent = 1,

        /// <summary>Deviation at or below the minor threshold (default 1 dB).</summary>
        Minor = 2,

        /// <summary>Deviation above the minor threshold.</summary>
        Audible = 3,
    }
}
