namespace ImpedanceMeter.Core.Ui
{
    /// <summary>
    /// The 128x64 1-bit picture in the SSD1306's page format (datasheet rev 1.1 §8.7, figure
    /// 8-13): 8 pages of 128 column bytes, byte bit 0 = the top row of its page. 1024 bytes,
    /// allocated once; <see cref="Bytes"/> goes to <see cref="Ports.IDisplay.Show"/> as is.
    /// Coordinates outside the screen are clipped, never thrown on.
    /// </summary>
    public sealed class FrameBuffer
    {
        /// <summary>Width in pixels.</summary>
        public const int Width = 128;

        /// <summary>Height in pixels.</summary>
        public const int Height = 64;

        /// <summary>Bytes in a frame: Width · Height / 8.</summary>
        public const int Size = Width * Height / 8;

        private readonly byte[] _bytes = new byte[Size];

        /// <summary>The frame in page format (index = page · 128 + x).</summary>
        public byte[] Bytes
        {
            get { return _bytes; }
        }

        /// <summary>Turns every pixel off.</summary>
        public void Clear()
        {
            for (int i = 0; i < Size; i++)
            {
                _bytes[i] = 0;
            }
        }

        /// <summary>Sets one pixel (x 0–127, y 0–63) on or off; ignores points off the screen.</summary>
        public void SetPixel(int x, int y, bool on)
        {
            if (x < 0 || x >= Width || y < 0 || y >= Height)
            {
                return;
            }

            int index = ((y >> 3) * Width) + x;
            byte mask = (byte)(1 << (y & 7));
            if (on)
            {
                _bytes[index] |= mask;
            }
            else
            {
                _bytes[index] &= (byte)~mask;
            }
        }

        /// <summary>True if the pixel is on; false for points off the screen.</summary>
        public bool GetPixel(int x, int y)
        {
            if (x < 0 || x >= Width || y < 0 || y >= Height)
            {
                return false;
            }

            return (_bytes[((y >> 3) * Width) + x] & (1 << (y & 7))) != 0;
        }

        /// <summary>Inverts one pixel.</summary>
        public void TogglePixel(int x, int y)
        {
            SetPixel(x, y, !GetPixel(x, y));
        }

        /// <summary>Fills a w×h rectangle whose top-left corner is (x, y).</summary>
        public void FillRect(int x, int y, int w, int h, bool on)
        {
            for (int yy = y; yy < y + h; yy++)
            {
                for (int xx = x; xx < x + w; xx++)
                {
                    SetPixel(xx, yy, on);
                }
            }
        }

        /// <summary>Inverts a w×h rectangle (used for the selected menu row).</summary>
        public void InvertRect(int x, int y, int w, int h)
        {
            for (int yy = y; yy < y + h; yy++)
            {
                for (int xx = x; xx < x + w; xx++)
                {
                    TogglePixel(xx, yy);
                }
            }
        }

        /// <summary>Draws the one-pixel outline of a w×h rectangle.</summary>
        public void DrawRect(int x, int y, int w, int h)
        {
            DrawHLine(x, y, w);
            DrawHLine(x, y + h - 1, w);
            DrawVLine(x, y, h);
            DrawVLine(x + w - 1, y, h);
        }

        /// <summary>Horizontal line of <paramref name="length"/> pixels from (x, y) to the right.</summary>
        public void DrawHLine(int x, int y, int length)
        {
            for (int i = 0; i < length; i++)
            {
                SetPixel(x + i, y, true);
            }
        }

        /// <summary>Vertical line of <paramref name="length"/> pixels from (x, y) down.</summary>
        public void DrawVLine(int x, int y, int length)
        {
            for (int i = 0; i < length; i++)
            {
                SetPixel(x, y + i, true);
            }
        }

        /// <summary>Dotted horizontal line: every <paramref name="step"/>-th pixel on.</summary>
        public void DrawDottedHLine(int x, int y, int length, int step)
        {
            for (int i = 0; i < length; i += step)
            {
                SetPixel(x + i, y, true);
            }
        }

        /// <summary>Straight line between two points, both included (Bresenham, integer only).</summary>
        public void DrawLine(int x0, int y0, int x1, int y1)
        {
            int dx = x1 > x0 ? x1 - x0 : x0 - x1;
            int dy = y1 > y0 ? y0 - y1 : y1 - y0;
            int sx = x0 < x1 ? 1 : -1;
            int sy = y0 < y1 ? 1 : -1;
            int err = dx + dy;
            while (true)
            {
                SetPixel(x0, y0, true);
                if (x0 == x1 && y0 == y1)
                {
                    return;
                }

                int e2 = 2 * err;
                if (e2 >= dy)
                {
                    err += dy;
                    x0 += sx;
                }

                if (e2 <= dx)
                {
                    err += dx;
                    y0 += sy;
                }
            }
        }

        /// <summary>
        /// Copies a bitmap stored as column bytes (bit 0 = top) of <paramref name="pages"/> pages
        /// and <paramref name="width"/> columns, column-major with the pages of one column
        /// together, to (x, y) at any pixel offset. Only set bits are drawn (transparent).
        /// </summary>
        public void DrawColumns(byte[] data, int offset, int width, int pages, int x, int y)
        {
            for (int col = 0; col < width; col++)
            {
                for (int page = 0; page < pages; page++)
                {
                    int bits = data[offset + (col * pages) + page];
                    for (int bit = 0; bits != 0; bit++, bits >>= 1)
                    {
                        if ((bits & 1) != 0)
                        {
                            SetPixel(x + col, y + (page * 8) + bit, true);
                        }
                    }
                }
            }
        }
    }
}
