using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.Tests.Storage
{
    /// <summary>
    /// In-memory <see cref="IStore"/> with fault injection: the next write can be torn (only its
    /// first N bytes land, as after a power cut) or land with one bit flipped.
    /// </summary>
    public sealed class MemoryStore : IStore
    {
        private const int Capacity = 16;
        private readonly string[] _names = new string[Capacity];
        private readonly byte[][] _blobs = new byte[Capacity][];

        /// <summary>If ≥ 0, the next write stores only this many bytes.</summary>
        public int TruncateNextWriteAt = -1;

        /// <summary>If ≥ 0, the next write stores its data with this bit index inverted.</summary>
        public int FlipBitOnNextWrite = -1;

        /// <summary>When true, writes return false and store nothing.</summary>
        public bool RefuseWrites;

        /// <summary>Number of successful Write calls.</summary>
        public int WriteCount;

        public int Read(string name, byte[] buffer)
        {
            int i = Find(name);
            if (i < 0)
            {
                return -1;
            }

            byte[] blob = _blobs[i];
            int n = blob.Length < buffer.Length ? blob.Length : buffer.Length;
            for (int k = 0; k < n; k++)
            {
                buffer[k] = blob[k];
            }

            return blob.Length;
        }

        public bool Write(string name, byte[] data, int length)
        {
            if (RefuseWrites)
            {
                return false;
            }

            int stored = TruncateNextWriteAt >= 0 && TruncateNextWriteAt < length ? TruncateNextWriteAt : length;
            byte[] blob = new byte[stored];
            for (int k = 0; k < stored; k++)
            {
                blob[k] = data[k];
            }

            if (FlipBitOnNextWrite >= 0 && (FlipBitOnNextWrite >> 3) < stored)
            {
                blob[FlipBitOnNextWrite >> 3] ^= (byte)(1 << (FlipBitOnNextWrite & 7));
            }

            TruncateNextWriteAt = -1;
            FlipBitOnNextWrite = -1;
            Put(name, blob);
            WriteCount++;
            return true;
        }

        public void Delete(string name)
        {
            int i = Find(name);
            if (i >= 0)
            {
                _names[i] = null;
                _blobs[i] = null;
            }
        }

        /// <summary>The stored bytes of a blob (the live array), or null.</summary>
        public byte[] Raw(string name)
        {
            int i = Find(name);
            return i < 0 ? null : _blobs[i];
        }

        /// <summary>Replaces a blob with a copy of <paramref name="data"/>.</summary>
        public void Put(string name, byte[] data)
        {
            int i = Find(name);
            if (i < 0)
            {
                for (i = 0; i < Capacity && _names[i] != null; i++)
                {
                }
            }

            _names[i] = name;
            byte[] copy = new byte[data.Length];
            for (int k = 0; k < data.Length; k++)
            {
                copy[k] = data[k];
            }

            _blobs[i] = copy;
        }

        private int Find(string name)
        {
            for (int i = 0; i < Capacity; i++)
            {
                if (_names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
