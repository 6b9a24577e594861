namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// The built-in IEM library: the archetype models (<see cref="ArchetypeCurves"/>, computed
    /// from documented electrical models, labelled as models) followed by real products with
    /// their manufacturers' published nominal impedance only (<see cref="ManufacturerSpecs"/>).
    /// </summary>
    public static class BuiltInIems
    {
        /// <summary>A fresh array of fresh profiles (callers may not share mutations).</summary>
        public static IemProfile[] Create()
        {
            IemProfile[] models = ArchetypeCurves.Create();
            IemProfile[] products = ManufacturerSpecs.Create();
            IemProfile[] all = new IemProfile[models.Length + products.Length];
            System.Array.Copy(models, 0, all, 0, models.Length);
            System.Array.Copy(products, 0, all, models.Length, products.Length);
            return all;
        }
    }
}
