namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// Real products with the nominal impedance their manufacturer specifies, each with its
    /// citation in <see cref="IemProfile.Source"/> and origin <see cref="IemOrigin.ManufacturerSpec"/>;
    /// never a curve (we hold no citable measured curve as data). Only values we could trace are
    /// here; a value we cannot cite is left out rather than guessed (docs/verdict.md, "Built-in
    /// library"). These give a ratio-only verdict. Users add their IEMs with `imeter iem import`.
    /// Entries are IEM1 text records (as <see cref="ArchetypeCurves"/>), parsed on demand by <see cref="BuiltInIems.Create(int)"/>.
    /// </summary>
    public static class ManufacturerSpecs
    {
        /// <summary>Number of cited products.</summary>
        public const int Count = 2;

        /// <summary>The IEM1 text record of product <paramref name="index"/>.</summary>
        public static string Record(int index)
        {
            switch (index)
            {
                case 0:
                    // Stereophile, "Shure SE310 in-ear headphones Measurements" (J. Atkinson):
                    // "meets its specified impedance of 28 ohms at 1kHz".
                    return "IEM1|Shure SE310|manufacturer-spec|28.000||none|Shure spec 28 ohm @1 kHz, as quoted in Stereophile's SE310 measurements||567F3498";

                case 1:
                    // Stereophile, "Westone 3 in-ear headphones Measurements" (J. Atkinson):
                    // "close to the 30-ohm specification".
                    return "IEM1|Westone 3|manufacturer-spec|30.000||none|Westone spec 30 ohm, as quoted in Stereophile's Westone 3 measurements||A00B067E";

                default:
                    throw new System.ArgumentOutOfRangeException("index");
            }
        }
    }
}
