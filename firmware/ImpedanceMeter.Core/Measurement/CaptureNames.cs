namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>Identifiers used in capture files for statuses, roles, standards and jacks (lower-case, [a-z0-9_]).</summary>
    public static class CaptureNames
    {
        private static readonly string[] StatusNames = { "ok", "not_idle", "muted", "short", "over_range", "unplugged", "dc_offset", "not_calibrated", "aborted" };
        private static readonly string[] RoleNames = { "listen_dc", "listen_idle", "unloaded", "loaded", "preview", "matched" };
        private static readonly string[] StandardNames = { "open", "short", "load" };
        private static readonly string[] JackNames = { "se35", "bal44" };

        /// <summary>Name of a status.</summary>
        public static string Status(MeasurementStatus s)
        {
            return StatusNames[(int)s];
        }

        /// <summary>Name of a capture role.</summary>
        public static string Role(CaptureRole r)
        {
            return RoleNames[(int)r];
        }

        /// <summary>Name of a calibration standard.</summary>
        public static string Standard(CalStandard s)
        {
            return StandardNames[(int)s];
        }

        /// <summary>Name of a jack type.</summary>
        public static string Jack(JackType j)
        {
            return JackNames[(int)j];
        }

        /// <summary>Index of <paramref name="name"/> among the status names, or −1.</summary>
        public static int ParseStatus(string name)
        {
            return IndexOf(StatusNames, name);
        }

        /// <summary>Index of <paramref name="name"/> among the role names, or −1.</summary>
        public static int ParseRole(string name)
        {
            return IndexOf(RoleNames, name);
        }

        /// <summary>Index of <paramref name="name"/> among the standard names, or −1.</summary>
        public static int ParseStandard(string name)
        {
            return IndexOf(StandardNames, name);
        }

        /// <summary>Index of <paramref name="name"/> among the jack names, or −1.</summary>
        public static int ParseJack(string name)
        {
            return IndexOf(JackNames, name);
        }

        private static int IndexOf(string[] names, string name)
        {
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
