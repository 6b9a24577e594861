namespace ImpedanceMeter.Core.Ui
{
    /// <summary>Scrolling list of the IEM library: name and nominal impedance per row.</summary>
    public static class IemPickerScreen
    {
        /// <summary>Rows visible at once.</summary>
        public const int VisibleRows = 5;

        /// <summary>Draws the picker; <see cref="MeterView.Scroll"/> is the first visible entry.</summary>
        public static void Draw(FrameBuffer fb, MeterView v)
        {
            ScreenParts.TitleBar(fb, "Pick IEM", (v.Cursor + 1).ToString() + "/" + v.IemCount.ToString());
            if (v.IemCount == 0)
            {
                TextPainter.DrawSmallCentered(fb, 24, "Library is empty:");
                TextPainter.DrawSmallCentered(fb, 33, "upload from the PC");
                return;
            }

            for (int row = 0; row < VisibleRows; row++)
            {
                int index = v.Scroll + row;
                if (index >= v.IemCount)
                {
                    break;
                }

                string nominal = Units.Impedance((long)v.IemNominals[index] * 1000, UnitMode.Auto);
                int y = ScreenParts.FirstRowY + (row * ScreenParts.RowPitch);
                ScreenParts.Row(fb, y, ScreenParts.Fit(v.IemNames[index], 12), nominal, index == v.Cursor);
            }

            if (v.Scroll > 0)
            {
                fb.DrawLine(124, 10, 126, 12);
                fb.DrawLine(124, 10, 122, 12);
            }

            if (v.Scroll + VisibleRows < v.IemCount)
            {
                fb.DrawLine(124, 58, 126, 56);
                fb.DrawLine(124, 58, 122, 56);
            }
        }
    }
}
