namespace ImpedanceMeter.Sim.Reference;

/// <summary>Options of the reference measurement pipeline.</summary>
public sealed record SchemeOptions
{
    /// <summary>Acquisition scheme.</summary>
    public SchemeKind Scheme { get; init; } = SchemeKind.LockStep;

    /// <summary>Loaded capture at the sense gain that matches the unloaded amplitude (gain ratios calibrated).</summary>
    public bool Matched { get; init; }

    /// <summary>Slow triangular dither of the ADC bias from DAC2 over the capture.</summary>
    public bool Dither { get; init; }

    /// <summary>Per-unit ADC correction table applied to every code.</summary>
    public bool AdcCorrection { get; init; }

    /// <summary>
    /// Per-unit ADC correction measured at calibration by the shift scan on the open standard
    /// (<see cref="AdcShiftScan"/>, <see cref="AdcShiftSolver"/>) instead of modelled
    /// (<see cref="AdcCorrection"/>); takes precedence over it.
    /// </summary>
    public bool ShiftCorrection { get; init; }

    /// <summary>Tone amplitudes of the shift scan.</summary>
    public int ShiftScanAmplitudes { get; init; } = 12;

    /// <summary>Periods averaged per capture of the shift scan.</summary>
    public int ShiftScanPeriods { get; init; } = 40;

    /// <summary>Open/short/load correction (false: nominal shunt, nominal gains).</summary>
    public bool Osl { get; init; } = true;

    /// <summary>DAC steps per tone period (lock-step and managed loop), sets the frequency.</summary>
    public int Steps { get; init; } = 32;

    /// <summary>Tone frequency for the hardware-timed scheme, Hz.</summary>
    public double RmtFrequencyHz { get; init; } = 100;

    /// <summary>Lock-step periods padded to a fixed length by polling the clock (crystal-defined frequency).</summary>
    public bool Paced { get; init; } = true;

    /// <summary>Wait after closing the force relay before the loaded capture, ms (coupling-capacitor and sense high-pass transients).</summary>
    public int LoadedSettleMs { get; init; } = 30;

    /// <summary>
    /// False: no GC pause ever lands inside a capture (the engine forces a collection before each
    /// capture and allocates nothing during it) — the sensitivity study of the GC assumption.
    /// </summary>
    public bool GcDuringCapture { get; init; } = true;

    /// <summary>Seconds of unloaded capture.</summary>
    public double UnloadedSeconds { get; init; } = 0.3;

    /// <summary>Seconds of loaded capture.</summary>
    public double LoadedSeconds { get; init; } = 0.6;

    /// <summary>Short label for tables.</summary>
    public string Label =>
        (Scheme switch { SchemeKind.LockStep => "a", SchemeKind.ManagedLoopDma => "b", _ => "c" })
        + (Matched ? " +match" : "") + (Dither ? " +dither" : "") + (ShiftCorrection ? " +corr(scan)" : AdcCorrection ? " +corr" : "")
        + (!Matched && !Dither && !AdcCorrection && !ShiftCorrection ? " plain" : "")
        + (Osl ? " +OSL" : " no-OSL");
}
