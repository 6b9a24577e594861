using ImpedanceMeter.Sim;
using ImpedanceMeter.Sim.Reference;

namespace ImpedanceMeter.Cli.Simulation;

/// <summary>
/// The acquisition-scheme comparison of docs/measurement.md: the double-precision reference
/// pipeline (<see cref="ReferencePipeline"/>) with each scheme and fix, over several simulated
/// instruments, every case, a few readings each.
/// </summary>
public sealed class SchemeBench
{
    private readonly SimParameters _p;

    /// <summary>Creates the comparison.</summary>
    public SchemeBench(SimParameters p) => _p = p;

    /// <summary>The variants compared (issue 3 §2).</summary>
    public static IReadOnlyList<SchemeOptions> Variants { get; } =
    [
        new() { Osl = false },
        new(),
        new() { Matched = true },
        new() { Matched = true, Dither = true, AdcCorrection = true },
        new() { Matched = true, Dither = true, AdcCorrection = true, Paced = false },
        new() { Matched = true, Dither = true, AdcCorrection = true, GcDuringCapture = false },
        new() { Matched = true, Dither = true, ShiftCorrection = true },
        new() { Matched = true, Dither = true, AdcCorrection = true, Steps = 8 },
        new() { Scheme = SchemeKind.ManagedLoopDma, Matched = true, Dither = true, AdcCorrection = true },
        new() { Scheme = SchemeKind.RmtDma, Matched = true, Dither = true },
        new() { Scheme = SchemeKind.RmtDma, Matched = true, Dither = true, AdcCorrection = true },
        new() { Scheme = SchemeKind.RmtDma, Matched = true, Dither = true, ShiftCorrection = true },
        new() { Scheme = SchemeKind.RmtDma, Matched = true, Dither = true, AdcCorrection = true, RmtFrequencyHz = 1000 },
        new() { Scheme = SchemeKind.RmtDma, Matched = true, Dither = true, ShiftCorrection = true, RmtFrequencyHz = 1000 },
    ];

    /// <summary>A variant's label including what differs from the default (pacing, steps, frequency).</summary>
    public static string Label(SchemeOptions o) =>
        o.Label
        + (o.Scheme == SchemeKind.LockStep && !o.Paced ? " unpaced" : "")
        + (o.Scheme == SchemeKind.LockStep && !o.GcDuringCapture ? " GC-free" : "")
        + (o.Scheme == SchemeKind.LockStep && o.Steps != 32 ? $" N={o.Steps}" : "")
        + (o.Scheme == SchemeKind.RmtDma ? $" {o.RmtFrequencyHz:F0}Hz" : "");

    /// <summary>Runs every variant on every case.</summary>
    public IReadOnlyList<BenchRow> Run(IReadOnlyList<BenchCase> cases, int instruments, int readings, Action<string>? progress = null)
    {
        var rows = new List<BenchRow>();
        foreach (var o in Variants)
        {
            progress?.Invoke("scheme " + Label(o));
            var stats = cases.Select(_ => new BenchStats()).ToArray();
            for (int i = 0; i < instruments; i++)
            {
                int seed = 2000 + i;
                var m = new SimulatedMeter(_p, seed, seed);
                var pipe = new ReferencePipeline(m, o);
                pipe.Calibrate(new SimRandom(seed));
                for (int c = 0; c < cases.Count; c++)
                {
                    var src = new SourceSpec { Name = "bench", ROhms = cases[c].ZoutOhms, CFarads = cases[c].SeriesCFarads ?? 0 };
                    m.Plug(JackLoad.ForSource(src));
                    for (int r = 0; r < readings; r++)
                    {
                        var rd = pipe.Measure(0, hz => src.Zout(hz));
                        stats[c].Add(i, rd.Error, rd.NaiveError, rd.CrbOhms, rd.PhaseErrorDeg, rd.Seconds, rd.FrequencyHz, rd.Truth.Magnitude);
                    }
                }
            }

            for (int c = 0; c < cases.Count; c++)
            {
                rows.Add(stats[c].ToRow(cases[c], Label(o)));
            }
        }

        return rows;
    }
}
