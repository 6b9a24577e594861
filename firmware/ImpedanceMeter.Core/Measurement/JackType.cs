namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>Which output of the source is plugged into the fixture.</summary>
    public enum JackType
    {
        /// <summary>3.5 mm TRS single-ended: legs L and R.</summary>
        Se35 = 0,

        /// <summary>4.4 mm Pentaconn balanced: legs L+, L−, R+, R− (and the differential sums).</summary>
        Bal44 = 1,
    }
}
