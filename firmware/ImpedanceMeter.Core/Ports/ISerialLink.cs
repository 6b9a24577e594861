namespace ImpedanceMeter.Core.Ports
{
    /// <summary>The byte link to the PC logger (COM2 on the ESP32, 115200 8N1).</summary>
    public interface ISerialLink
    {
        /// <summary>Copies up to <paramref name="count"/> received bytes; returns how many (0 if none). Never blocks.</summary>
        int Read(byte[] buffer, int offset, int count);

        /// <summary>Queues bytes for transmission.</summary>
        void Write(byte[] buffer, int offset, int count);
    }
}
