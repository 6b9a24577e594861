namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// A physical model of a source's output impedance, fitted to measured points:
    /// Z(f) = R + j·2πf·L + 1/(j·2πf·C). Values derived from it are labelled "model".
    /// </summary>
    public sealed class ZoutModel
    {
        /// <summary>Series resistance, µΩ.</summary>
        public int RMicroOhms;

        /// <summary>Series (output coupling) capacitance, nF; 0 means none (DC-coupled).</summary>
        public int CNanoFarads;

        /// <summary>Series inductance, nH; 0 means none.</summary>
        public int LNanoHenries;

        /// <summary>RMS distance between the model and the measured points, µΩ.</summary>
        public int ResidualMicroOhms;

        /// <summary>True when the model was fitted from measurements (false: not enough points).</summary>
        public bool IsValid;
    }
}
