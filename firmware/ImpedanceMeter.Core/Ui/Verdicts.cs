namespace ImpedanceMeter.Core.Ui
{
    /// <summary>Names and icons of the verdicts.</summary>
    public static class Verdicts
    {
        /// <summary>Word shown in the verdict bar: "TRANSPARENT", "MINOR", "AUDIBLE" or "NO VERDICT".</summary>
        public static string Name(VerdictLevel level)
        {
            switch (level)
            {
                case VerdictLevel.Transparent:
                    return "TRANSPARENT";
                case VerdictLevel.Minor:
                    return "MINOR";
                case VerdictLevel.Audible:
                    return "AUDIBLE";
                default:
                    return "NO VERDICT";
            }
        }

        /// <summary>Short form for the Home title bar: "ok", "minor", "audible", "-".</summary>
        public static string ShortName(VerdictLevel level)
        {
            switch (level)
            {
                case VerdictLevel.Transparent:
                    return "ok";
                case VerdictLevel.Minor:
                    return "minor";
                case VerdictLevel.Audible:
                    return "audible";
                default:
                    return "-";
            }
        }

        /// <summary>Draws the verdict's 16x16 icon at (x, y): check, caution or cross.</summary>
        public static void DrawIcon(FrameBuffer fb, int x, int y, VerdictLevel level)
        {
            switch (level)
            {
                case VerdictLevel.Transparent:
                    Icons.DrawCheck(fb, x, y);
                    break;
                case VerdictLevel.Minor:
                    Icons.DrawCaution(fb, x, y);
                    break;
                case VerdictLevel.Audible:
                    Icons.DrawCross(fb, x, y);
                    break;
                default:
                    fb.DrawRect(x, y, Icons.Size, Icons.Size);
                    break;
            }
        }
    }
}
