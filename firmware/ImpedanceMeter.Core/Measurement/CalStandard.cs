namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>The three calibration standards of an open/short/load (OSL) calibration.</summary>
    public enum CalStandard
    {
        /// <summary>Nothing plugged in (open circuit).</summary>
        Open = 0,

        /// <summary>The shorting plug: every leg tied to the sleeve.</summary>
        Short = 1,

        /// <summary>The load plug: a known precision resistor on every leg.</summary>
        Load = 2,
    }
}
