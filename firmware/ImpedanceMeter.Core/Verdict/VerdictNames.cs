namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>Stable lower-case names used by the protocol, the CLI's JSON and the UI.</summary>
    public static class VerdictNames
    {
        /// <summary>"transparent", "minor", "audible" or "ratio-only".</summary>
        public static string Of(VerdictKind kind)
        {
            switch (kind)
            {
                case VerdictKind.Transparent:
                    return "transparent";
                case VerdictKind.Minor:
                    return "minor";
                case VerdictKind.Audible:
                    return "audible";
                default:
                    return "ratio-only";
            }
        }

        /// <summary>"model", "measured", "interpolated" or "held".</summary>
        public static string Of(ZoutOrigin origin)
        {
            switch (origin)
            {
                case ZoutOrigin.Model:
                    return "model";
                case ZoutOrigin.Measured:
                    return "measured";
                case ZoutOrigin.Interpolated:
                    return "interpolated";
                default:
                    return "held";
            }
        }

        /// <summary>"measurement", "model" or "manufacturer-spec".</summary>
        public static string Of(IemOrigin origin)
        {
            switch (origin)
            {
                case IemOrigin.ArchetypeModel:
                    return "model";
                case IemOrigin.ManufacturerSpec:
                    return "manufacturer-spec";
                default:
                    return "measurement";
            }
        }
    }
}
