namespace ImpedanceMeter.Sim.Reference;

/// <summary>The acquisition schemes compared in docs/measurement.md (issue 3 §2).</summary>
public enum SchemeKind
{
    /// <summary>(a) Lock-step: write a DAC code, read one ADC sample, demodulate against the step index.</summary>
    LockStep,

    /// <summary>(b) Managed-loop DAC tone sampled by a free-running I2S DMA stream (no common phase reference).</summary>
    ManagedLoopDma,

    /// <summary>(c) Hardware-timed RMT tone and one continuous I2S DMA stream sharing the APB clock.</summary>
    RmtDma,
}
