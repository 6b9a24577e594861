namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>Short leg labels for progress text, the capture file and the UI ("L", "R", "L+", …).</summary>
    public static class LegNames
    {
        /// <summary>Label of a leg: L, R, L+, L-, R+, R-, Ldiff, Rdiff.</summary>
        public static string Short(Leg leg)
        {
            switch (leg)
            {
                case Leg.SeLeft:
                    return "L";
                case Leg.SeRight:
                    return "R";
                case Leg.BalLeftPlus:
                    return "L+";
                case Leg.BalLeftMinus:
                    return "L-";
                case Leg.BalRightPlus:
                    return "R+";
                case Leg.BalRightMinus:
                    return "R-";
                case Leg.BalLeftDiff:
                    return "Ldiff";
                default:
                    return "Rdiff";
            }
        }
    }
}
