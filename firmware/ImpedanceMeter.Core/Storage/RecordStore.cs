using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.Storage
{
    /// <summary>
    /// Versioned, checksummed records in two slots ("name.a", "name.b") on an <see cref="IStore"/>.
    /// A save writes the slot that does not hold the newest valid record, reads it back and
    /// checks length, header and CRC against what it wrote, and only then counts: the newest valid slot (by sequence number) wins at load,
    /// so a write torn at any byte, or a flipped bit anywhere, leaves the last good record
    /// readable. Layout (little-endian), <see cref="Overhead"/> = 18 bytes plus the payload:
    /// <code>
    /// 0  4  magic "IMRC"        8  4  sequence (u32, +1 per save)
    /// 4  1  record type         12 2  payload length n
    /// 5  1  payload version     14 n  payload
    /// 6  2  header format (1)   14+n 4 CRC-32 (IEEE) of bytes 0 .. 13+n
    /// </code>
    /// </summary>
    public sealed class RecordStore
    {
        private uint _lastSequence;
        private RecordSlotStatus _lastSlotB;
        private RecordSlotStatus _lastSlotA;
        /// <summary>Header plus CRC bytes around every payload.</summary>
        public const int Overhead = 18;

        private const int HeaderLength = 14;
        private const int HeaderFormat = 1;

        private readonly IStore _store;
        private readonly byte[] _record;

        /// <summary>
        /// Creates the store over <paramref name="store"/> with one scratch buffer of
        /// <paramref name="maxPayload"/> + <see cref="Overhead"/> bytes (allocated once, shared by
        /// every record kind).
        /// </summary>
        public RecordStore(IStore store, int maxPayload)
        {
            _store = store;
            _record = new byte[maxPayload + Overhead];
        }

        /// <summary>Largest payload this store can hold, bytes.</summary>
        public int MaxPayload
        {
            get { return _record.Length - Overhead; }
        }

        /// <summary>Status of slot A found by the last <see cref="Load"/> or <see cref="Save"/>.</summary>
        public RecordSlotStatus LastSlotA { get { return _lastSlotA; } }

        /// <summary>Status of slot B found by the last <see cref="Load"/> or <see cref="Save"/>.</summary>
        public RecordSlotStatus LastSlotB { get { return _lastSlotB; } }

        /// <summary>Sequence number of the record loaded or saved last (0 = none).</summary>
        public uint LastSequence { get { return _lastSequence; } }

        /// <summary>Offset of the payload in <see cref="Buffer"/> after <see cref="LoadInPlace"/>.</summary>
        public const int PayloadOffset = HeaderLength;

        /// <summary>The store's record buffer: after a successful in-place load the payload sits at <see cref="PayloadOffset"/>.</summary>
        public byte[] Buffer
        {
            get { return _record; }
        }

        /// <summary>
        /// Loads the newest valid record of <paramref name="name"/> into <paramref name="payload"/>
        /// (which must hold <see cref="MaxPayload"/> bytes); <paramref name="length"/> gets the payload
        /// length. Never throws on damaged data.
        /// </summary>
        public RecordLoadStatus Load(string name, byte type, byte maxVersion, byte[] payload, out int length)
        {
            RecordLoadStatus status = LoadInPlace(name, type, maxVersion, out length);
            for (int i = 0; i < length; i++)
            {
                payload[i] = _record[HeaderLength + i];
            }

            return status;
        }

        /// <summary>
        /// Loads the newest valid record of <paramref name="name"/> in place: the payload stays in
        /// <see cref="Buffer"/> from <see cref="PayloadOffset"/> (heap: no second buffer), valid until the
        /// next load or save; <paramref name="length"/> gets the payload length. Never throws on damaged data.
        /// </summary>
        public RecordLoadStatus LoadInPlace(string name, byte type, byte maxVersion, out int length)
        {
            length = 0;
            uint seqA;
            uint seqB;
            _lastSlotA = Inspect(name + ".a", type, maxVersion, out seqA);
            _lastSlotB = Inspect(name + ".b", type, maxVersion, out seqB);
            bool useA = LastSlotA == RecordSlotStatus.Valid && (LastSlotB != RecordSlotStatus.Valid || IsNewer(seqA, seqB));
            bool useB = !useA && LastSlotB == RecordSlotStatus.Valid;
            uint seq;
            if ((useA || useB) && Inspect(useA ? name + ".a" : name + ".b", type, maxVersion, out seq) == RecordSlotStatus.Valid)
            {
                length = ReadU16(_record, 12);

                _lastSequence = seq;
                return RecordLoadStatus.Loaded;
            }

            _lastSequence = 0;
            if (LastSlotA == RecordSlotStatus.NewerVersion || LastSlotB == RecordSlotStatus.NewerVersion)
            {
                return RecordLoadStatus.NewerVersion;
            }

            return LastSlotA == RecordSlotStatus.Empty && LastSlotB == RecordSlotStatus.Empty ? RecordLoadStatus.Missing : RecordLoadStatus.Corrupt;
        }

        /// <summary>
        /// Saves <paramref name="length"/> bytes of <paramref name="payload"/> as the newest record:
        /// writes the other slot, reads it back and compares. Returns false (the previous record
        /// stays the newest) if the store refuses the write or the read-back differs.
        /// </summary>
        public bool Save(string name, byte type, byte version, byte[] payload, int length)
        {
            if (length < 0 || length > MaxPayload)
            {
                return false;
            }

            uint seqA;
            uint seqB;
            _lastSlotA = Inspect(name + ".a", type, version, out seqA);
            _lastSlotB = Inspect(name + ".b", type, version, out seqB);
            bool aValid = LastSlotA == RecordSlotStatus.Valid;
            bool bValid = LastSlotB == RecordSlotStatus.Valid;
            bool aIsNewest = aValid && (!bValid || IsNewer(seqA, seqB));
            uint newest = aIsNewest ? seqA : (bValid ? seqB : 0);
            string target = aIsNewest ? name + ".b" : name + ".a";
            uint sequence = newest + 1;

            int total = Build(type, version, sequence, payload, length);
            uint written = ReadU32(_record, total - 4);
            if (!_store.Write(target, _record, total))
            {
                return false;
            }

            // Read back into the same buffer: a torn or altered write shows as another length,
            // a failed check, or a different CRC than the one written (CRC-32 catches every
            // single-bit error and every burst up to 32 bits).
            uint readSequence;
            if (Inspect(target, type, version, out readSequence) != RecordSlotStatus.Valid || readSequence != sequence
                || ReadU16(_record, 12) != length || ReadU32(_record, total - 4) != written)
            {
                return false;
            }

            _lastSequence = sequence;
            return true;
        }

        private int Build(byte type, byte version, uint sequence, byte[] payload, int length)
        {
            _record[0] = (byte)'I';
            _record[1] = (byte)'M';
            _record[2] = (byte)'R';
            _record[3] = (byte)'C';
            _record[4] = type;
            _record[5] = version;
            _record[6] = HeaderFormat;
            _record[7] = 0;
            WriteU32(_record, 8, sequence);
            _record[12] = (byte)length;
            _record[13] = (byte)(length >> 8);
            for (int i = 0; i < length; i++)
            {
                _record[HeaderLength + i] = payload[i];
            }

            WriteU32(_record, HeaderLength + length, Crc32.Compute(_record, 0, HeaderLength + length));
            return HeaderLength + length + 4;
        }

        private RecordSlotStatus Inspect(string file, byte type, byte maxVersion, out uint sequence)
        {
            byte[] buffer = _record;
            sequence = 0;
            int total = _store.Read(file, buffer);
            if (total < 0)
            {
                return RecordSlotStatus.Empty;
            }

            if (total < Overhead || total > buffer.Length || buffer[0] != 'I' || buffer[1] != 'M' || buffer[2] != 'R' || buffer[3] != 'C' || buffer[6] != HeaderFormat)
            {
                return RecordSlotStatus.Corrupt;
            }

            int length = ReadU16(buffer, 12);
            if (length != total - Overhead)
            {
                return RecordSlotStatus.Corrupt;
            }

            if (Crc32.Compute(buffer, 0, HeaderLength + length) != ReadU32(buffer, HeaderLength + length))
            {
                return RecordSlotStatus.Corrupt;
            }

            if (buffer[4] != type)
            {
                return RecordSlotStatus.WrongType;
            }

            if (buffer[5] > maxVersion)
            {
                return RecordSlotStatus.NewerVersion;
            }

            sequence = ReadU32(buffer, 8);
            return RecordSlotStatus.Valid;
        }

        /// <summary>Serial-number arithmetic (RFC 1982): a is newer than b if it is ahead by less than 2^31.</summary>
        private static bool IsNewer(uint a, uint b)
        {
            return a != b && (int)(a - b) > 0;
        }

        private static void WriteU32(byte[] b, int o, uint v)
        {
            b[o] = (byte)v;
            b[o + 1] = (byte)(v >> 8);
            b[o + 2] = (byte)(v >> 16);
            b[o + 3] = (byte)(v >> 24);
        }

        private static uint ReadU32(byte[] b, int o)
        {
            return (uint)(b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24));
        }

        private static int ReadU16(byte[] b, int o)
        {
            return b[o] | (b[o + 1] << 8);
        }
    }
}
