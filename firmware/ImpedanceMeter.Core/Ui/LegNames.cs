using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Core.Ui
{
    /// <summary>Short leg names for screens and messages.</summary>
    public static class LegNames
    {
        /// <summary>"L", "R", "L+", "L-", "R+", "R-", "Lbal", "Rbal".</summary>
        public static string Short(Leg leg)
        {
            switch (leg)
            {
                case Leg.SeLeft: return "L";
                case Leg.SeRight: return "R";
                case Leg.BalLeftPlus: return "L+";
                case Leg.BalLeftMinus: return "L-";
                case Leg.BalRightPlus: return "R+";
                case Leg.BalRightMinus: return "R-";
                case Leg.BalLeftDiff: return "Lbal";
                default: return "Rbal";
            }
        }
    }
}
