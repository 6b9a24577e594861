namespace ImpedanceMeter.Sim.Reference;

/// <summary>
/// A per-unit ADC correction table as a code-density (sine-histogram) test at calibration would
/// deliver it: the chip's smooth INL plus an estimation error of
/// <see cref="SimParameters.AdcCorrectionResidualLsb"/> rms on the bow and on every major-transition
/// step. This models the table's quality; it does not simulate the histogram test itself. The
/// second constructor takes a table that a simulated procedure measured (<see cref="AdcShiftSolver"/>).
/// </summary>
public sealed class AdcCorrection
{
    private readonly double[] _table;

    /// <summary>Builds the table for <paramref name="chip"/> with estimation errors drawn from <paramref name="draw"/>.</summary>
    public AdcCorrection(AdcChip chip, SimParameters p, SimRandom draw)
    {
        int n = chip.MaxCode + 1;
        _table = new double[n];
        double bowErr = draw.Gaussian() * p.AdcCorrectionResidualLsb;
        var stepErr = new double[8];
        for (int j = 0; j < stepErr.Length; j++)
        {
            stepErr[j] = draw.Gaussian() * p.AdcCorrectionResidualLsb;
        }

        for (int k = 0; k < n; k++)
        {
            double x = 2.0 * k / chip.MaxCode - 1;
            double e = bowErr * (1 - x * x);
            for (int j = 1; j < stepErr.Length; j++)
            {
                if (k >= 512 * j)
                {
                    e += stepErr[j];
                }
            }

            _table[k] = chip.InlLsb(k) + e;
        }
    }

    /// <summary>A measured table: <paramref name="inlLsb"/>[code] is the INL to add to that code, LSB.</summary>
    public AdcCorrection(double[] inlLsb) => _table = (double[])inlLsb.Clone();

    /// <summary>Corrected code value (continuous), LSB: code c is output for inputs near c + INL(c).</summary>
    public double Apply(int code) => code + _table[Math.Clamp(code, 0, _table.Length - 1)];
}
