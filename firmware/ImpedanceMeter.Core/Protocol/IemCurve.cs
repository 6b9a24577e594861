namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>An IEM impedance curve as the protocol transfers it: name, nominal and complex Z(f).</summary>
    public sealed class IemCurve
    {
        /// <summary>Name (1–32 characters, see <see cref="ProtocolNames.IsValidIemName"/>).</summary>
        public string Name;

        /// <summary>Nominal impedance, mΩ.</summary>
        public int NominalMilliOhms;

        /// <summary>Number of valid entries in the arrays.</summary>
        public int PointCount;

        /// <summary>Frequencies, mHz, strictly ascending.</summary>
        public int[] FrequencyMilliHertz;

        /// <summary>|Z| per frequency, mΩ.</summary>
        public int[] MagnitudeMilliOhms;

        /// <summary>Phase of Z per frequency, centidegrees (−9000…9000).</summary>
        public int[] PhaseCentiDegrees;

        /// <summary>An empty curve with room for <paramref name="capacity"/> points.</summary>
        public IemCurve(int capacity)
        {
            FrequencyMilliHertz = new int[capacity];
            MagnitudeMilliOhms = new int[capacity];
            PhaseCentiDegrees = new int[capacity];
        }
    }
}
