namespace ImpedanceMeter.Core.Ui
{
    /// <summary>
    /// The 31 one-third-octave centre frequencies from 20 Hz to 20 kHz (IEC 61260-1 nominal
    /// values) at which the Curve screen plots the predicted deviation.
    /// </summary>
    public static class CurveBands
    {
        /// <summary>Number of bands.</summary>
        public const int Count = 31;

        /// <summary>Nominal centre frequencies in Hz, ascending (31.5 Hz and 3.15 kHz rounded down).</summary>
        public static readonly int[] FrequenciesHz = TableText.Ints(
            "20,25,31,40,50,63,80,100,125,160,200,250,315,400,500,630,"
            + "800,1000,1250,1600,2000,2500,3150,4000,5000,6300,8000,10000,12500,16000,20000");
    }
}
