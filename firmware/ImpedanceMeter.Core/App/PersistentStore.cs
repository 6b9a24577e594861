using ImpedanceMeter.Core.Ports;
using ImpedanceMeter.Core.Storage;

namespace ImpedanceMeter.Core.App
{
    /// <summary>
    /// Loads and saves the meter's records through one <see cref="RecordStore"/> and one payload
    /// buffer (allocated once). Loading never throws: a missing, corrupt or newer-version record
    /// leaves the defaults in place and is reported as a short text.
    /// </summary>
    public sealed class PersistentStore
    {
        private readonly RecordStore _records;
        private readonly byte[] _payload;

        /// <summary>Creates the store; <paramref name="maxPayload"/> bounds the largest record, bytes.</summary>
        public PersistentStore(IStore store, int maxPayload)
        {
            _records = new RecordStore(store, maxPayload);
            _payload = new byte[maxPayload];
        }

        /// <summary>
        /// Loads <paramref name="part"/>; returns null when it loaded (or was simply absent: first
        /// boot), else a short problem text for the splash screen ("settings corrupt").
        /// </summary>
        public string Load(IRecordPayload part)
        {
            int length;
            RecordLoadStatus status;
            try
            {
                status = _records.Load(part.RecordName, part.RecordType, part.RecordVersion, _payload, out length);
            }
            catch (System.Exception)
            {
                return part.RecordName + " unreadable";
            }

            if (status == RecordLoadStatus.Loaded)
            {
                if (!part.Decode(_payload, length))
                {
                    return part.RecordName + " invalid";
                }

                bool damaged = _records.LastSlotA == RecordSlotStatus.Corrupt || _records.LastSlotB == RecordSlotStatus.Corrupt;
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
    }
}
