using System.Numerics;

namespace ImpedanceMeter.Sim.Reference;

/// <summary>One reading of the reference pipeline with what the benchmark needs.</summary>
public sealed record ReferenceReading
{
    /// <summary>True Zout at the achieved frequency, Ω.</summary>
    public Complex Truth { get; init; }

    /// <summary>Measured Zout (synchronous detection), Ω.</summary>
    public Complex Measured { get; init; }

    /// <summary>Naive detector (√2·RMS amplitudes, scalar OSL) on the same samples, Ω (magnitude).</summary>
    public double Naive { get; init; }

    /// <summary>Achieved tone frequency, Hz.</summary>
    public double FrequencyHz { get; init; }

    /// <summary>Device time of the reading (auto-range, switching, captures), s.</summary>
    public double Seconds { get; init; }

    /// <summary>Cramér–Rao standard deviation of |Z| in the same white noise and sample counts, Ω.</summary>
    public double CrbOhms { get; init; }

    /// <summary>Shunt range used.</summary>
    public int Range { get; init; }

    /// <summary>Sense gain used for the loaded capture.</summary>
    public int Gain { get; init; }

    /// <summary>Magnitude error |Ẑ| − |Z|, Ω.</summary>
    public double Error => Measured.Magnitude - Truth.Magnitude;

    /// <summary>Phase error, degrees.</summary>
    public double PhaseErrorDeg => (Measured.Phase - Truth.Phase) * 180 / Math.PI;

    /// <summary>Naive magnitude error, Ω.</summary>
    public double NaiveError => Naive - Truth.Magnitude;
}
