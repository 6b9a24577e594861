namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// The plain-language verdict on a source/IEM pairing (docs/verdict.md). Curve-based verdicts
    /// compare the peak-to-peak deviation with <see cref="VerdictSettings"/>; an IEM without an
    /// impedance curve only gets <see cref="RatioOnly"/>.
    /// </summary>
    public enum VerdictKind
    {
        /// <summary>Peak-to-peak deviation at or below the transparent threshold (default 0.5 dB).</summary>
        Transparent = 0,

        /// <summary>Deviation above transparent but at or below the minor threshold (default 1 dB).</summary>
        Minor = 1,

        /// <summary>Deviation above the minor threshold: an audible tonal change.</summary>
        Audible = 2,

        /// <summary>The IEM has only a nominal impedance: only the ratio and the 1:8 rule are known.</summary>
        RatioOnly = 3,
    }
}
