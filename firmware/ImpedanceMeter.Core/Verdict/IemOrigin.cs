namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>Where an IEM profile's numbers come from; shown next to every prediction.</summary>
    public enum IemOrigin
    {
        /// <summary>Imported by the user from a measurement file (.zma, REW export, CSV).</summary>
        UserMeasurement = 0,

        /// <summary>A built-in archetype computed from a documented electrical model, not a measurement.</summary>
        ArchetypeModel = 1,

        /// <summary>A real product with its manufacturer's published nominal impedance (no curve).</summary>
        ManufacturerSpec = 2,
    }
}
