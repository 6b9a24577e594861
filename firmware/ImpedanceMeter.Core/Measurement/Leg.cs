namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// One conductor of the jack, measured to ground (sleeve). 3.5 mm single-ended: tip = left,
    /// ring = right. 4.4 mm balanced (Pentaconn, JEITA RC-8141C): tip = L+, ring 1 = L−,
    /// ring 2 = R+, ring 3 = R−, sleeve = ground.
    /// </summary>
    public enum Leg
    {
        /// <summary>3.5 mm tip (left).</summary>
        SeLeft = 0,

        /// <summary>3.5 mm ring (right).</summary>
        SeRight = 1,

        /// <summary>4.4 mm tip (left +).</summary>
        BalLeftPlus = 2,

        /// <summary>4.4 mm ring 1 (left −).</summary>
        BalLeftMinus = 3,

        /// <summary>4.4 mm ring 2 (right +).</summary>
        BalRightPlus = 4,

        /// <summary>4.4 mm ring 3 (right −).</summary>
        BalRightMinus = 5,

        /// <summary>Left differential, Z(L+) + Z(L−): computed, not measured directly.</summary>
        BalLeftDiff = 6,

        /// <summary>Right differential, Z(R+) + Z(R−): computed, not measured directly.</summary>
        BalRightDiff = 7,
    }
}
