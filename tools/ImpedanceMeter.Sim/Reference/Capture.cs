using System.Numerics;

namespace ImpedanceMeter.Sim.Reference;

/// <summary>
/// One acquisition reduced by the double-precision reference detector: the tone phasor in ADC
/// codes (peak), the naive RMS amplitude of the same samples, and what the CRB needs.
/// </summary>
public sealed record Capture
{
    /// <summary>Complex amplitude of the tone, codes peak (synchronous detection).</summary>
    public Complex Phasor { get; init; }

    /// <summary>Naive amplitude √2·RMS of the AC part of the same samples, codes peak.</summary>
    public double NaiveAmplitude { get; init; }

    /// <summary>Samples used.</summary>
    public int Samples { get; init; }

    /// <summary>Periods dropped because a GC pause or other stall stretched them.</summary>
    public int DroppedPeriods { get; init; }

    /// <summary>Tone frequency achieved, Hz.</summary>
    public double FrequencyHz { get; init; }

    /// <summary>Smallest and largest raw code seen.</summary>
    public int MinCode { get; init; }

    /// <summary>Largest raw code seen.</summary>
    public int MaxCode { get; init; }

    /// <summary>Device time the acquisition took, µs.</summary>
    public long DurationUs { get; init; }

    /// <summary>White noise per sample (ADC + analog), codes rms, for the CRB.</summary>
    public double NoiseCodesRms { get; init; }
}
