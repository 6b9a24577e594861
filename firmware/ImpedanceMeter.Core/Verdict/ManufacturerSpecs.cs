namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// Real products with the nominal impedance (and sensitivity) their manufacturer publishes,
    /// each with its citation in <see cref="IemProfile.Source"/>; no curves (we hold no citable
    /// measurement). A value we could not trace to the manufacturer is left out, not guessed.
    /// </summary>
    public static class ManufacturerSpecs
    {
        /// <summary>The cited products (see docs/verdict.md, "Built-in library").</summary>
        public static IemProfile[] Create()
        {
            return new IemProfile[0];
        }
    }
}
