namespace ImpedanceMeter.Core.Ui
{
    /// <summary>
    /// 16x16 icons drawn with lines, so each verdict has a distinct shape, not only a word:
    /// a check mark (transparent), a circled '!' (minor), a filled box with a cross (audible),
    /// and a warning triangle for error screens.
    /// </summary>
    public static class Icons
    {
        /// <summary>Icon size in pixels (square).</summary>
        public const int Size = 16;

        /// <summary>Thick check mark: the mismatch is inaudible.</summary>
        public static void DrawCheck(FrameBuffer fb, int x, int y)
        {
            for (int t = 0; t < 3; t++)
            {
                fb.DrawLine(x + 1, y + 8 + t, x + 5, y + 12 + t);
                fb.DrawLine(x + 5, y + 12 + t, x + 14, y + 3 + t);
            }
        }

        /// <summary>Circle with an exclamation mark: a minor, borderline mismatch.</summary>
        public static void DrawCaution(FrameBuffer fb, int x, int y)
        {
            DrawCircle(fb, x + 7, y + 7, 7);
            fb.FillRect(x + 6, y + 3, 3, 6, true);
            fb.FillRect(x + 6, y + 10, 3, 2, true);
        }

        /// <summary>Filled box with a white cross: an audible mismatch.</summary>
        public static void DrawCross(FrameBuffer fb, int x, int y)
        {
            fb.FillRect(x, y, Size, Size, true);
            for (int t = 0; t < 2; t++)
            {
                DrawLineOff(fb, x + 3 + t, y + 3, x + 12 + t, y + 12);
                DrawLineOff(fb, x + 12 + t, y + 3, x + 3 + t, y + 12);
            }
        }

        /// <summary>Warning triangle with an exclamation mark, for error screens.</summary>
        public static void DrawWarning(FrameBuffer fb, int x, int y)
        {
            fb.DrawLine(x + 7, y, x, y + 14);
            fb.DrawLine(x + 8, y, x + 15, y + 14);
            fb.DrawHLine(x, y + 15, Size);
            fb.FillRect(x + 7, y + 5, 2, 5, true);
            fb.FillRect(x + 7, y + 12, 2, 2, true);
        }

        /// <summary>Circle outline (midpoint algorithm) of radius <paramref name="r"/> centred at (cx, cy).</summary>
        public static void DrawCircle(FrameBuffer fb, int cx, int cy, int r)
        {
            int x = r;
            int y = 0;
            int err = 1 - r;
            while (x >= y)
            {
                fb.SetPixel(cx + x, cy + y, true);
                fb.SetPixel(cx + y, cy + x, true);
                fb.SetPixel(cx - y, cy + x, true);
                fb.SetPixel(cx - x, cy + y, true);
                fb.SetPixel(cx - x, cy - y, true);
                fb.SetPixel(cx - y, cy - x, true);
                fb.SetPixel(cx + y, cy - x, true);
                fb.SetPixel(cx + x, cy - y, true);
                y++;
                if (err < 0)
                {
                    err += (2 * y) + 1;
                }
                else
                {
                    x--;
                    err += 2 * (y - x) + 1;
                }
            }
        }

        private static void DrawLineOff(FrameBuffer fb, int x0, int y0, int x1, int y1)
        {
            int steps = x1 > x0 ? x1 - x0 : x0 - x1;
            int sx = x1 > x0 ? 1 : -1;
            int sy = y1 > y0 ? 1 : -1;
            for (int i = 0; i <= steps; i++)
            {
                fb.SetPixel(x0 + (i * sx), y0 + (i * sy), false);
            }
        }
    }
}
