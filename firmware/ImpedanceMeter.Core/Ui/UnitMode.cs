namespace ImpedanceMeter.Core.Ui
{
    /// <summary>How impedances are printed.</summary>
    public enum UnitMode
    {
        /// <summary>Ω with 3 decimals below 10 Ω, 2 below 100 Ω, else 1.</summary>
        Auto = 0,

        /// <summary>Always Ω with 3 decimals.</summary>
        Ohms = 1,

        /// <summary>Always mΩ, no decimals.</summary>
        MilliOhms = 2,
    }
}
