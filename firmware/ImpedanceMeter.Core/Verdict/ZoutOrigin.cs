namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>How the source impedance used at one grid frequency was obtained (the label shown with it).</summary>
    public enum ZoutOrigin
    {
        /// <summary>Computed from a fitted model R + series C + L.</summary>
        Model = 0,

        /// <summary>A measured point at this frequency (within 1 % of it).</summary>
        Measured = 1,

        /// <summary>Interpolated (linearly in log-frequency) between two measured points.</summary>
        Interpolated = 2,

        /// <summary>Outside the measured span: the nearest measured point held flat.</summary>
        Held = 3,
    }
}
