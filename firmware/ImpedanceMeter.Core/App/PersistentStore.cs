using ImpedanceMeter.Core.Ports;
using ImpedanceMeter.Core.Storage;

namespace ImpedanceMeter.Core.App
{
    /// <summary>
    /// Loads and saves the meter's records through a <see cref="RecordStore"/>. Its buffers (three
    /// of <see cref="MaxPayload"/> bytes) exist only during a load or save, at boot or after a
    /// user change, never while measuring, so they do not count against the steady heap.
    /// Loading never throws: a missing, corrupt or newer-version record leaves the defaults in
    /// place and is reported as a short text.
    /// </summary>
    public sealed class PersistentStore
    {
        private readonly IStore _store;
        private readonly int _maxPayload;

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
            var records = new RecordStore(_store, _maxPayload);
            byte[] payload = new byte[_maxPayload];
            try
            {
                status = records.Load(part.RecordName, part.RecordType, part.RecordVersion, payload, out length);
            }
            catch (System.Exception)
            {
                return part.RecordName + " unreadable";
            }

            if (status == RecordLoadStatus.Loaded)
            {
                if (!part.Decode(payload, length))
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
            byte[] payload = new byte[_maxPayload];
            int length = part.Encode(payload);
            if (length < 0)
            {
                return false;
            }

            try
            {
                return new RecordStore(_store, _maxPayload).Save(part.RecordName, part.RecordType, part.RecordVersion, payload, length);
            }
            catch (System.Exception)
            {
                return false;
            }
        }
    }
}
