namespace ImpedanceMeter.Core.Tests.Measurement.Fakes
{
    /// <summary>What is plugged into one leg of the fake fixture.</summary>
    public sealed class FakePlug
    {
        /// <summary>True: nothing connected (open circuit, or a muted output).</summary>
        public bool Open;

        /// <summary>Series resistance, Ω.</summary>
        public double R;

        /// <summary>Series capacitance, F (0 = none, DC-coupled).</summary>
        public double C;

        /// <summary>DC level the source puts on the leg, V (seen in Listen mode).</summary>
        public double DcVolts;

        /// <summary>Peak level of an interfering tone (music/hum) the source plays, V.</summary>
        public double InterferencePeakVolts;

        /// <summary>Frequency of the interfering tone, Hz.</summary>
        public double InterferenceHz;

        /// <summary>An open plug (open standard or muted output).</summary>
        public static FakePlug OpenCircuit()
        {
            FakePlug p = new FakePlug();
            p.Open = true;
            return p;
        }

        /// <summary>A resistive source or standard of <paramref name="ohms"/>.</summary>
        public static FakePlug Resistor(double ohms)
        {
            FakePlug p = new FakePlug();
            p.R = ohms;
            return p;
        }

        /// <summary>A capacitor-coupled source: R in series with C.</summary>
        public static FakePlug SeriesRc(double ohms, double farads)
        {
            FakePlug p = new FakePlug();
            p.R = ohms;
            p.C = farads;
            return p;
        }
    }
}
