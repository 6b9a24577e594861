namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>What *IDN? reports: maker, model, serial number and firmware version.</summary>
    public sealed class DeviceIdentity
    {
        /// <summary>Manufacturer field.</summary>
        public string Maker = "ImpedanceMeter";

        /// <summary>Model field.</summary>
        public string Model = "IM-1";

        /// <summary>Serial number field.</summary>
        public string Serial = "0";

        /// <summary>Firmware version ("major.minor.patch").</summary>
        public string Firmware = "0.1.0";
    }
}
