namespace ImpedanceMeter.Sim;

/// <summary>
/// One simulated meter: every part tolerance drawn once from <see cref="SimParameters"/> (shunts,
/// generator level, filter corners, sense gains, ADC chip, call timing). Seed 0 is a nominal
/// instrument with an ideal-tolerance front end but still a drawn ADC chip.
/// </summary>
public sealed class Instrument
{
    /// <summary>The parameters the instrument was drawn from.</summary>
    public SimParameters Parameters { get; }

    /// <summary>Actual shunt resistances, Ω.</summary>
    public double[] ShuntOhms { get; }

    /// <summary>Actual generator attenuation (DAC deviation volts → open-circuit node volts).</summary>
    public double GeneratorAttenuation { get; }

    /// <summary>Actual reconstruction filter corner, Hz.</summary>
    public double ReconCornerHz { get; }

    /// <summary>Actual sense gains, V/V.</summary>
    public double[] SenseGains { get; }

    /// <summary>Actual sense high-pass corners, Hz: [0] the meter-node input's AC coupling, [1] the leg input's.</summary>
    public double[] SenseHighpassHz { get; }

    /// <summary>Actual sense low-pass corner per gain, Hz.</summary>
    public double[] SenseLowpassHz { get; }

    /// <summary>The ADC chip.</summary>
    public AdcChip Adc { get; }

    /// <summary>Nominal managed DacChannel.WriteValue cost of this unit/firmware, µs.</summary>
    public double DacWriteUs { get; }

    /// <summary>Nominal managed AdcChannel.ReadValue cost of this unit/firmware, µs.</summary>
    public double AdcReadUs { get; }

    /// <summary>Seed of the per-call timing and noise streams.</summary>
    public int StreamSeed { get; }

    /// <summary>Draws an instrument; the same seed gives the same instrument.</summary>
    public Instrument(SimParameters p, int seed)
    {
        Parameters = p;
        var d = new SimRandom(seed * 7919 + 17);
        double Tol(double limit) => seed == 0 ? 0 : d.Symmetric(limit);
        ShuntOhms = p.ShuntOhms.Select((r, i) => r * (1 + Tol(p.ShuntTolerance[i]))).ToArray();
        GeneratorAttenuation = p.GeneratorAttenuation * (1 + Tol(p.GeneratorLevelTolerance));
        ReconCornerHz = p.ReconCornerHz * (1 + Tol(p.CornerTolerance));
        SenseGains = p.SenseGains.Select(g => g * (1 + Tol(p.SenseGainTolerance))).ToArray();
        SenseHighpassHz = p.SenseGains.Select(_ => p.SenseHighpassHz * (1 + Tol(p.CornerTolerance))).ToArray();
        SenseLowpassHz = p.SenseGains.Select(_ => p.SenseLowpassHz * (1 + Tol(p.CornerTolerance))).ToArray();
        Adc = new AdcChip(p, d, d.NextSeed());
        DacWriteUs = seed == 0 ? 0.5 * (p.DacWriteMinUs + p.DacWriteMaxUs) : d.Uniform(p.DacWriteMinUs, p.DacWriteMaxUs);
        AdcReadUs = seed == 0 ? 0.5 * (p.AdcReadMinUs + p.AdcReadMaxUs) : d.Uniform(p.AdcReadMinUs, p.AdcReadMaxUs);
        StreamSeed = d.NextSeed();
        // Drawn after everything else so that the other draws of a seed stay as they were.
        DcMonitorAdcGainError = Tol(p.AdcGainError) + p.DcMonitorAdcExtraGainError;
        DcMonitorAdcOffsetCodes = Tol(p.AdcOffsetCodes) + p.DcMonitorAdcExtraOffsetCodes;
    }

    /// <summary>Gain error of the ADC channel that reads the DC monitor (GPIO39), fraction; drawn like the sense ADC's (±6 %).</summary>
    public double DcMonitorAdcGainError { get; }

    /// <summary>Offset of the ADC channel that reads the DC monitor, codes; drawn like the sense ADC's (± tens of codes).</summary>
    public double DcMonitorAdcOffsetCodes { get; }
}
