namespace ImpedanceMeter.Sim;

/// <summary>
/// One ESP32 ADC1 chip at 12 dB attenuation: gain and offset error, white noise, and a static
/// transfer curve with an INL bow (≤ ±12 LSB) and wide/missing codes at the major bit
/// transitions (steps ≤ ±7 LSB at codes 512·k), drawn per chip (ESP32 datasheet ADC
/// characteristics; DESIGN.md §2). Outside the 150–2450 mV window the response is unspecified;
/// it is modelled as half the slope and then saturation.
/// </summary>
public sealed class AdcChip
{
    private readonly double[] _thresholds; // _thresholds[k] = ideal-code level where the output goes k-1 → k
    private readonly double[] _inlSmooth;  // the chip's INL without per-code scatter, LSB (for a correction table)
    private readonly SimRandom _noise;
    private readonly double _voltsPerCode;
    private readonly double _offsetCodes;
    private readonly double _windowMinV;
    private readonly double _windowMaxV;

    /// <summary>Full-scale code (4095 for 12 bits).</summary>
    public int MaxCode { get; }

    /// <summary>Gain error of this chip, fraction.</summary>
    public double GainError { get; }

    /// <summary>White noise of this chip, LSB rms.</summary>
    public double NoiseLsb { get; }

    /// <summary>Largest |INL| of this chip, LSB.</summary>
    public double WorstInlLsb { get; }

    /// <summary>Draws a chip within the limits of <paramref name="p"/>.</summary>
    public AdcChip(SimParameters p, SimRandom draw, int noiseSeed)
    {
        MaxCode = (1 << p.AdcBits) - 1;
        int n = MaxCode + 1;
        GainError = draw.Symmetric(p.AdcGainError);
        NoiseLsb = draw.Uniform(p.AdcNoiseMinLsb, p.AdcNoiseMaxLsb);
        _voltsPerCode = p.AdcVoltsPerCode / (1 + GainError);
        _offsetCodes = draw.Symmetric(p.AdcOffsetCodes);
        _windowMinV = p.AdcWindowMinV;
        _windowMaxV = p.AdcWindowMaxV;
        _noise = new SimRandom(noiseSeed);

        // INL bow (2nd and 3rd order shape) plus steps at the major transitions (wide or
        // missing codes), each within the datasheet limits.
        double bow2 = draw.Symmetric(p.AdcInlLsb), bow3 = draw.Symmetric(p.AdcInlLsb / 2);
        var stepCodes = new[] { 512, 1024, 1536, 2048, 2560, 3072, 3584 };
        var stepWeight = new[] { 0.35, 0.6, 0.35, 1.0, 0.35, 0.6, 0.35 };
        var steps = new double[stepCodes.Length];
        for (int j = 0; j < steps.Length; j++)
        {
            steps[j] = draw.Symmetric(p.AdcDnlLsb) * stepWeight[j];
        }

        var inl = new double[n];
        for (int k = 0; k < n; k++)
        {
            double x = 2.0 * k / MaxCode - 1; // −1..1
            double v = bow2 * (1 - x * x) + bow3 * x * (1 - x * x) * 2.6; // peaks: bow2 at mid-scale, bow3 at ±0.58
            for (int j = 0; j < steps.Length; j++)
            {
                if (k >= stepCodes[j])
                {
                    v += steps[j];
                }
            }

            inl[k] = v;
        }

        // Remove the best straight line (INL is defined against the best-fit line), then scale
        // down (never up) so the worst |INL| stays within the limit.
        RemoveBestLine(inl);
        double worst = inl.Max(Math.Abs);
        double scale = worst > p.AdcInlLsb ? p.AdcInlLsb / worst : 1;
        for (int k = 0; k < n; k++)
        {
            inl[k] *= scale;
        }

        _inlSmooth = inl;
        WorstInlLsb = inl.Max(Math.Abs);
        _thresholds = new double[n];
        _thresholds[0] = double.NegativeInfinity;
        for (int k = 1; k < n; k++)
        {
            double t = k - 0.5 + inl[k] + draw.Gaussian() * p.AdcCodeScatterLsb;
            _thresholds[k] = Math.Max(t, _thresholds[k - 1]); // equal thresholds = missing code
        }
    }

    /// <summary>The chip's smooth INL at a code, LSB (what an ideal correction table would hold).</summary>
    public double InlLsb(int code) => _inlSmooth[Math.Clamp(code, 0, MaxCode)];

    /// <summary>Ideal (noise-free, linear) code position of an input voltage, before INL/DNL.</summary>
    public double IdealCode(double volts)
    {
        double v = volts;
        if (v > _windowMaxV)
        {
            v = _windowMaxV + 0.5 * (v - _windowMaxV);
        }
        else if (v < _windowMinV)
        {
            v = _windowMinV + 0.5 * (v - _windowMinV);
        }

        return v / _voltsPerCode + _offsetCodes;
    }

    /// <summary>One conversion of <paramref name="volts"/> at the pin: noise, INL/DNL, quantisation, saturation.</summary>
    public int Convert(double volts)
    {
        double x = IdealCode(volts) + _noise.Gaussian() * NoiseLsb;
        return Quantize(x);
    }

    /// <summary>Quantises a continuous ideal-code level through this chip's thresholds (no noise).</summary>
    public int Quantize(double x)
    {
        if (double.IsNaN(x) || x < _thresholds[1])
        {
            return 0;
        }

        if (x >= _thresholds[MaxCode])
        {
            return MaxCode;
        }

        int lo = 1, hi = MaxCode; // find the largest k with _thresholds[k] <= x
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (_thresholds[mid] <= x)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>Width of code k in LSB (1 = ideal, 0 = missing code).</summary>
    public double CodeWidth(int k) => k <= 0 || k >= MaxCode ? 1 : _thresholds[k + 1] - _thresholds[k];

    /// <summary>Subtracts the least-squares straight line over the indices from <paramref name="y"/> (INL is defined against it).</summary>
    public static void RemoveBestLine(double[] y)
    {
        int n = y.Length;
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++)
        {
            sx += i; sy += y[i]; sxx += (double)i * i; sxy += i * y[i];
        }

        double b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double a = (sy - b * sx) / n;
        for (int i = 0; i < n; i++)
        {
            y[i] -= a + b * i;
        }
    }
}
