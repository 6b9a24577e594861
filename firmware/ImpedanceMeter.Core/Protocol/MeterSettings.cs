using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>Settings changed by CONF:… commands and reset by *RST.</summary>
    public sealed class MeterSettings
    {
        /// <summary>Jack measured by MEAS:SWEEP?, CAL:… and continuous readings.</summary>
        public JackType Jack;

        /// <summary>Spot frequency of MEAS:ZOUT? without a frequency, mHz (0 = the engine's default).</summary>
        public int SpotFrequencyMilliHertz;

        /// <summary>Name of the source under test, copied into every record ("" = unnamed).</summary>
        public string SourceName = string.Empty;

        /// <summary>Whether results of measurements started on the meter are streamed as records.</summary>
        public bool Stream = true;

        /// <summary>Restores the defaults: SE35, default frequency, unnamed, streaming on.</summary>
        public void Reset()
        {
            Jack = JackType.Se35;
            SpotFrequencyMilliHertz = 0;
            SourceName = string.Empty;
            Stream = true;
        }
    }
}
