using System;
using System.IO;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Adapters
{
    /// <summary>
    /// Blobs as files on the LittleFS drive "I:\" (DESIGN.md §3). A failed write returns false;
    /// the core's two-slot records make a torn write harmless.
    /// </summary>
    public sealed class LittleFsStore : IStore
    {
        private readonly string _root;

        /// <summary>Stores files under <paramref name="root"/> (e.g. "I:\\").</summary>
        public LittleFsStore(string root)
        {
            _root = root;
        }

        /// <summary>Reads a file into <paramref name="buffer"/>; returns its length or -1 if absent.</summary>
        public int Read(string name, byte[] buffer)
        {
            string path = _root + name;
            if (!File.Exists(path))
            {
                return -1;
            }

            FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read);
            try
            {
                int length = (int)stream.Length;
                int wanted = length < buffer.Length ? length : buffer.Length;
                int got = 0;
                while (got < wanted)
                {
                    int n = stream.Read(buffer, got, wanted - got);
                    if (n <= 0)
                    {
                        break;
                    }

                    got += n;
                }

                return got < wanted ? got : length;
            }
            finally
            {
                stream.Close();
            }
        }

        /// <summary>Replaces the file with <paramref name="length"/> bytes; false on any file-system error.</summary>
        public bool Write(string name, byte[] data, int length)
        {
            try
            {
                FileStream stream = new FileStream(_root + name, FileMode.Create, FileAccess.Write);
                try
                {
                    stream.Write(data, 0, length);
                    stream.Flush();
                }
                finally
                {
                    stream.Close();
                }

                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }

        /// <summary>Deletes the file if it exists.</summary>
        public void Delete(string name)
        {
            string path = _root + name;
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }
}
