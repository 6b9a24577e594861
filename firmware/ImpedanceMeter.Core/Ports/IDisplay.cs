namespace ImpedanceMeter.Core.Ports
{
    /// <summary>A 128x64 1-bit display fed with a page-format frame (SSD1306 datasheet §8.7).</summary>
    public interface IDisplay
    {
        /// <summary>
        /// Shows a frame of 1024 bytes: 8 pages of 128 columns, byte bit 0 = top row of the page.
        /// </summary>
        void Show(byte[] frame);
    }
}
