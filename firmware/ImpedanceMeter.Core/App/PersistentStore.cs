using ImpedanceMeter.Core.Ports;
using ImpedanceMeter.Core.Storage;

namespace ImpedanceMeter.Core.App
{
    /// <summary>
    /// Loads and saves the meter's records through one <see cref="RecordStore"/> (one buffer of
    /// about <see cref="MaxPayload"/> bytes; loads decode in place from it) and, for saves only, a
    /// payload buffer of the same size, created on first use and dropped by <see cref="Release"/>
    /// after the boot loads and after each save, so they never sit on the heap while the meter measures.
    /// Loading never throws: a missing, corrupt or newer-version record leaves the defaults in
    /// place and is reported as a short text.
    /// </summary>
    public sealed class PersistentStore
    {
        private readonly IStore _store;
        private readonly int _maxPayload;
        private RecordStore _records;
        private byte[] _payload;

        /// <summary>Creates the store; <paramref name="maxPayload"/> bounds the largest record, bytes.</summary>
        public PersistentStore(IStore store, int maxPayload)
        {
            _store = store;
            _maxPayload = maxPayload;
        }

        /// <summary>Largest record payload, bytes.</summary>
        public int MaxPayload
        {
            get { return _maxPayload; }
        }

        /// <summary>
        /// Loads <paramref name="part"/>; returns null when it loaded (or was simply absent: first
        /// boot), else a short problem text for the splash screen ("settings corrupt").
        /// </summary>
        public string Load(IRecordPayload part)
        {
            int length;
            RecordLoadStatus status;
            if (_records == null)
            {
                _records = new RecordStore(_store, _maxPayload);
            }

            RecordStore records = _records;
            try
            {
                status = records.LoadInPlace(part.RecordName, part.RecordType, part.RecordVersion, out length);
            }
            catch (System.Exception)
            {
                return part.RecordName + " unreadable";
            }

            if (status == RecordLoadStatus.Loaded)
            {
                if (!part.Decode(records.Buffer, RecordStore.PayloadOffset, length))
                {
                    return part.RecordName + " invalid";
                }

                bool damaged = records.LastSlotA == RecordSlotStatus.Corrupt || records.LastSlotB == RecordSlotStatus.Corrupt;
                return damaged ? part.RecordName + " 1 slot bad" : null;
            }

            if (status == RecordLoadStatus.Missing)
            {
                return null;
            }

            return part.RecordName + (status == RecordLoadStatus.NewerVersion ? " newer fw" : " corrupt");
        }

        /// <summary>Saves <paramref name="part"/> (other slot, verify, switch); false if it did not stick.</summary>
        public bool Save(IRecordPayload part)
        {
            Acquire();
            int length = part.Encode(_payload);
            if (length < 0)
            {
                return false;
            }

            try
            {
                return _records.Save(part.RecordName, part.RecordType, part.RecordVersion, _payload, length);
            }
            catch (System.Exception)
            {
                return false;
            }
        }

        /// <summary>Drops the buffers; the next load or save allocates them again.</summary>
        public void Release()
        {
            _records = null;
            _payload = null;
        }

        private void Acquire()
        {
            if (_records == null)
            {
                _records = new RecordStore(_store, _maxPayload);
            }

            if (_payload == null)
            {
                _payload = new byte[_maxPayload];
            }
        }
    }
}
