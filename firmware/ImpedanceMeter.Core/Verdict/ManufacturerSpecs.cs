namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// Real products with the nominal impedance their manufacturer specifies, each with its
    /// citation in <see cref="IemProfile.Source"/> and origin <see cref="IemOrigin.ManufacturerSpec"/>;
    /// never a curve (we hold no citable measured curve as data). Only values we could trace are
    /// here; a value we cannot cite is left out rather than guessed (docs/verdict.md, "Built-in
    /// library"). These give a ratio-only verdict. Users add their IEMs with `imeter iem import`.
    /// </summary>
    public static class ManufacturerSpecs
    {
        /// <summary>The cited products.</summary>
        public static IemProfile[] Create()
        {
            return new IemProfile[]
            {
                // Stereophile, "Shure SE310 in-ear headphones Measurements" (J. Atkinson):
                // "meets its specified impedance of 28 ohms at 1kHz".
                Product("Shure SE310", 28000, "Shure spec 28 ohm @1 kHz, as quoted in Stereophile's SE310 measurements"),

                // Stereophile, "Westone 3 in-ear headphones Measurements" (J. Atkinson):
                // "close to the 30-ohm specification".
                Product("Westone 3", 30000, "Westone spec 30 ohm, as quoted in Stereophile's Westone 3 measurements"),
            };
        }

        private static IemProfile Product(string name, int nominalMilliOhms, string source)
        {
            IemProfile p = new IemProfile();
            p.Name = name;
            p.NominalMilliOhms = nominalMilliOhms;
            p.Origin = IemOrigin.ManufacturerSpec;
            p.Source = source;
            return p;
        }
    }
}
