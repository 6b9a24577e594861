namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// One measured output impedance: a leg at one tone frequency, as a complex value in
    /// micro-ohms (int: ±2147 Ω, ample for the 0.05–150 Ω span).
    /// </summary>
    public sealed class ZoutPoint
    {
        /// <summary>The leg this point belongs to.</summary>
        public Leg Leg;

        /// <summary>Tone frequency actually achieved, in millihertz.</summary>
        public int FrequencyMilliHertz;

        /// <summary>Real part of Zout, µΩ.</summary>
        public int ReMicroOhms;

        /// <summary>Imaginary part of Zout, µΩ (negative for a capacitive source).</summary>
        public int ImMicroOhms;

        /// <summary>Whether the numbers are valid.</summary>
        public MeasurementStatus Status;
    }
}
