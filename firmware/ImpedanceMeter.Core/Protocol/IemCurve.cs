namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>An IEM impedance curve as the protocol transfers it: name, nominal and complex Z(f).</summary>
    public sealed class IemCurve
    {
        /// <summary>Name (1–24 characters, see <see cref="ProtocolNames.IsValidName"/>).</summary>
        public string Name;

        /// <summary>Nominal impedance, µΩ.</summary>
        public int NominalMicroOhms;

        /// <summary>Number of valid entries in the arrays.</summary>
        public int PointCount;

        /// <summary>Frequencies, mHz, strictly ascending.</summary>
        public int[] FrequencyMilliHertz;

        /// <summary>|Z| per frequency, µΩ.</summary>
        public int[] MagnitudeMicroOhms;

        /// <summary>Phase of Z per frequency, millidegrees (−90000…90000).</summary>
        public int[] PhaseMilliDegrees;

        /// <summary>An empty curve with room for <paramref name="capacity"/> points.</summary>
        public IemCurve(int capacity)
        {
            FrequencyMilliHertz = new int[capacity];
            MagnitudeMicroOhms = new int[capacity];
            PhaseMilliDegrees = new int[capacity];
        }
    }
}
