namespace ImpedanceMeter.Core.Ports
{
    /// <summary>Named byte blobs in non-volatile storage (LittleFS on the ESP32's I: drive).</summary>
    public interface IStore
    {
        /// <summary>Reads a blob into <paramref name="buffer"/>; returns its length, or -1 if it does not exist.</summary>
        int Read(string name, byte[] buffer);

        /// <summary>Writes <paramref name="length"/> bytes as the whole blob; returns false on failure.</summary>
        bool Write(string name, byte[] data, int length);

        /// <summary>Deletes a blob if it exists.</summary>
        void Delete(string name);
    }
}
