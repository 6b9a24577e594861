namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// Real products with the nominal impedance (and sensitivity) their manufacturer publishes,
    /// each with its citation in <see cref="IemProfile.Source"/> and origin
    /// <see cref="IemOrigin.ManufacturerSpec"/>; never a curve unless a citable measurement
    /// exists. Empty for now: no value could be traced to a manufacturer's own published page
    /// while this was written, and a value we cannot cite is left out rather than guessed
    /// (docs/verdict.md, "Built-in library"). Users add their IEMs with `imeter iem import`.
    /// Entries are IEM1 text records (as <see cref="ArchetypeCurves"/>), parsed only on demand.
    /// </summary>
    public static class ManufacturerSpecs
    {
        /// <summary>Number of cited products (none yet).</summary>
        public const int Count = 0;

        /// <summary>The cited products (none yet).</summary>
        public static IemProfile[] Create()
        {
            return new IemProfile[0];
        }

        /// <summary>A fresh profile of product <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>).</summary>
        public static IemProfile Create(int index)
        {
            string error;
            IemProfile p = IemTextCodec.FromText(Record(index), out error);
            if (p == null)
            {
                throw new System.InvalidOperationException("corrupt built-in IEM: " + error);
            }

            return p;
        }

        /// <summary>The IEM1 text record of product <paramref name="index"/>.</summary>
        public static string Record(int index)
        {
            throw new System.ArgumentOutOfRangeException("index");
        }
    }
}
