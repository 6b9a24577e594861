using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>The protocol's spelling of legs, jacks and measurement statuses, both ways.</summary>
    public static class ProtocolNames
    {
        private static readonly string[] LegNames = new string[] { "L", "R", "L+", "L-", "R+", "R-", "LD", "RD" };

        private static readonly string[] StatusNames = new string[]
        {
            "OK", "NOT_IDLE", "MUTED", "SHORT", "OVER_RANGE", "UNPLUGGED", "DC_OFFSET", "NOT_CAL", "ABORTED",
        };

        /// <summary>"L", "R" (3.5 mm) or "L+", "L-", "R+", "R-", "LD", "RD" (4.4 mm).</summary>
        public static string Leg(Leg leg)
        {
            int i = (int)leg;
            return i >= 0 && i < LegNames.Length ? LegNames[i] : "?";
        }

        /// <summary>Index of a leg name (case-insensitive), or -1.</summary>
        public static int ParseLeg(string text)
        {
            return IndexOf(LegNames, text);
        }

        /// <summary>"SE35" or "BAL44".</summary>
        public static string Jack(JackType jack)
        {
            return jack == JackType.Bal44 ? "BAL44" : "SE35";
        }

        /// <summary>0 for SE35, 1 for BAL44 (case-insensitive), or -1.</summary>
        public static int ParseJack(string text)
        {
            string upper = text.ToUpper();
            if (upper == "SE35")
            {
                return (int)JackType.Se35;
            }

            return upper == "BAL44" ? (int)JackType.Bal44 : -1;
        }

        /// <summary>Status name ("OK", "NOT_IDLE" …) of a <see cref="MeasurementStatus"/> value.</summary>
        public static string Status(int status)
        {
            return status >= 0 && status < StatusNames.Length ? StatusNames[status] : "UNKNOWN";
        }

        /// <summary>Status value of a status name, or -1.</summary>
        public static int ParseStatus(string text)
        {
            return IndexOf(StatusNames, text);
        }

        /// <summary>True when <paramref name="leg"/> is measured on <paramref name="jack"/> (not a computed sum).</summary>
        public static bool LegBelongsTo(Leg leg, JackType jack)
        {
            int i = (int)leg;
            return jack == JackType.Se35 ? i <= 1 : i >= 2 && i <= 5;
        }

        /// <summary>True for a name of 1–24 characters from [A-Za-z0-9 _.+-()] (no quote, comma or '*').</summary>
        public static bool IsValidName(string name)
        {
            if (name == null || name.Length == 0 || name.Length > ProtocolInfo.MaxNameLength)
            {
                return false;
            }

            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == ' ' || c == '_' || c == '.' || c == '+' || c == '-' || c == '(' || c == ')';
                if (!ok)
                {
                    return false;
                }
            }

            return name[0] != ' ' && name[name.Length - 1] != ' ';
        }

        /// <summary>
        /// True for an IEM name the protocol can carry: 1–32 printable ASCII characters without
        /// '"' (the quote), '*' (checksum mark) or '|' (library record separator), not starting or
        /// ending with a space.
        /// </summary>
        public static bool IsValidIemName(string name)
        {
            if (name == null || name.Length == 0 || name.Length > ProtocolInfo.MaxIemNameLength)
            {
                return false;
            }

            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (c < ' ' || c > '~' || c == '"' || c == '*' || c == '|')
                {
                    return false;
                }
            }

            return name[0] != ' ' && name[name.Length - 1] != ' ';
        }

        private static int IndexOf(string[] names, string text)
        {
            if (text == null)
            {
                return -1;
            }

            string upper = text.ToUpper();
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] == upper)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
