namespace ImpedanceMeter.Core.Ui
{
    /// <summary>Layout pieces shared by the screens: title bar, menu rows, footer, text fitting.</summary>
    public static class ScreenParts
    {
        /// <summary>Height of the inverted title bar, pixels.</summary>
        public const int TitleHeight = 9;

        /// <summary>Pitch of list rows, pixels (8 px glyph + 1 px leading).</summary>
        public const int RowPitch = 9;

        /// <summary>Top of the first list row below the title bar.</summary>
        public const int FirstRowY = 11;

        /// <summary>Y of the footer line (last text row).</summary>
        public const int FooterY = 56;

        /// <summary>Inverted bar across the top with <paramref name="title"/> at the left and <paramref name="right"/> at the right.</summary>
        public static void TitleBar(FrameBuffer fb, string title, string right)
        {
            fb.FillRect(0, 0, FrameBuffer.Width, TitleHeight - 1, true);
            InvertedText(fb, 2, 0, title);
            if (right != null && right.Length > 0)
            {
                InvertedText(fb, FrameBuffer.Width - 1 - TextPainter.SmallWidth(right), 0, right);
            }
        }

        /// <summary>A menu or list row: label at the left, value at the right, inverted when selected.</summary>
        public static void Row(FrameBuffer fb, int y, string label, string value, bool selected)
        {
            TextPainter.DrawSmall(fb, 3, y, label);
            if (value != null && value.Length > 0)
            {
                TextPainter.DrawSmallRight(fb, FrameBuffer.Width - 2, y, value);
            }

            if (selected)
            {
                fb.InvertRect(0, y - 1, FrameBuffer.Width, RowPitch);
            }
        }

        /// <summary>Small footer text at the bottom, centred (button hints).</summary>
        public static void Footer(FrameBuffer fb, string text)
        {
            TextPainter.DrawSmallCentered(fb, FooterY, text);
        }

        /// <summary>Cuts <paramref name="text"/> to at most <paramref name="maxChars"/> characters, marking the cut with '.'.</summary>
        public static string Fit(string text, int maxChars)
        {
            if (text == null)
            {
                return string.Empty;
            }

            if (text.Length <= maxChars)
            {
                return text;
            }

            return maxChars <= 1 ? text.Substring(0, maxChars) : text.Substring(0, maxChars - 1) + ".";
        }

        private static void InvertedText(FrameBuffer fb, int x, int y, string text)
        {
            int width = TextPainter.SmallWidth(text);
            fb.InvertRect(x, y, width, 8);
            TextPainter.DrawSmall(fb, x, y, text);
            fb.InvertRect(x, y, width, 8);
        }
    }
}
