namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// Real products with the nominal impedance (and sensitivity) their manufacturer publishes,
    /// each with its citation in <see cref="IemProfile.Source"/> and origin
    /// <see cref="IemOrigin.ManufacturerSpec"/>; never a curve unless a citable measurement
    /// exists. Empty for now: no value could be traced to a manufacturer's own published page
    /// while this was written, and a value we cannot cite is left out rather than guessed
    /// (docs/verdict.md, "Built-in library"). Users add their IEMs with `imeter iem import`.
    /// </summary>
    public static class ManufacturerSpecs
    {
        /// <summary>The cited products (none yet).</summary>
        public static IemProfile[] Create()
        {
            return new IemProfile[0];
        }
    }
}
