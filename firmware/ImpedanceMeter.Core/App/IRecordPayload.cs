namespace ImpedanceMeter.Core.App
{
    /// <summary>
    /// Something the meter keeps in a <see cref="Storage.RecordStore"/> record (settings,
    /// calibration, IEM library): its record name, type and version, and its byte form.
    /// </summary>
    public interface IRecordPayload
    {
        /// <summary>Record file stem on the store ("settings" → settings.a / settings.b).</summary>
        string RecordName { get; }

        /// <summary>Record type byte (unique per kind).</summary>
        byte RecordType { get; }

        /// <summary>Newest payload version this build writes and reads.</summary>
        byte RecordVersion { get; }

        /// <summary>Writes the payload into <paramref name="buffer"/>; returns its length, or -1 if it does not fit.</summary>
        int Encode(byte[] buffer);

        /// <summary>Takes the payload from <paramref name="length"/> bytes of <paramref name="buffer"/> at <paramref name="offset"/>; false (state unchanged) if it is invalid.</summary>
        bool Decode(byte[] buffer, int offset, int length);
    }
}
