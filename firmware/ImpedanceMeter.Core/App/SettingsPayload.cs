using ImpedanceMeter.Core.Storage;

namespace ImpedanceMeter.Core.App
{
    /// <summary>The settings as a stored record ("settings", type 3, version 1).</summary>
    public sealed class SettingsPayload : IRecordPayload
    {
        private readonly MeterSettings _settings;

        /// <summary>Stores and restores <paramref name="settings"/> in place.</summary>
        public SettingsPayload(MeterSettings settings)
        {
            _settings = settings;
        }

        /// <summary>"settings".</summary>
        public string RecordName
        {
            get { return "settings"; }
        }

        /// <summary><see cref="MeterSettingsCodec.RecordType"/>.</summary>
        public byte RecordType
        {
            get { return MeterSettingsCodec.RecordType; }
        }

        /// <summary><see cref="MeterSettingsCodec.Version"/>.</summary>
        public byte RecordVersion
        {
            get { return MeterSettingsCodec.Version; }
        }

        /// <summary>Encodes the settings (11 bytes).</summary>
        public int Encode(byte[] buffer)
        {
            return buffer.Length < MeterSettingsCodec.Length ? -1 : MeterSettingsCodec.Encode(_settings, buffer, 0);
        }

        /// <summary>Decodes the settings; false if any field is out of range.</summary>
        public bool Decode(byte[] buffer, int offset, int length)
        {
            return MeterSettingsCodec.Decode(buffer, offset, length, _settings);
        }
    }
}
