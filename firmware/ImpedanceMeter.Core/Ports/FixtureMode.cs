namespace ImpedanceMeter.Core.Ports
{
    /// <summary>How the front end is connected to the selected jack leg.</summary>
    public enum FixtureMode
    {
        /// <summary>Force relay open; sense at the meter node (generator through the shunt, no load): V_u.</summary>
        Unloaded = 0,

        /// <summary>Force relay closed; sense at the jack leg (Kelvin): V_l across the source's Zout.</summary>
        Loaded = 1,

        /// <summary>Force relay open; sense at the jack leg: hears the source's own output (idle check, DC offset).</summary>
        Listen = 2,
    }
}
