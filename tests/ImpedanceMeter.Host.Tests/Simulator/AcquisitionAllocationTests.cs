using ImpedanceMeter.Core.Dsp;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Sim;

namespace ImpedanceMeter.Host.Tests.Simulator;

/// <summary>The engine's acquisition loop allocates nothing per sample (80 KB heap, GC pauses: DESIGN.md §3).</summary>
[TestClass]
public sealed class AcquisitionAllocationTests
{
    [TestMethod]
    public void AcquisitionAllocatesNothingPerSample()
    {
        // Deterministic timing (no jitter, no GC) so the simulator's own step cache is warm and
        // the measurement sees only the engine's loop.
        var p = SimTestParameters.Load() with { JitterFraction = 0, GcMeanIntervalMs = 1e12 };
        var m = new SimulatedMeter(p, 1, 1);
        m.Plug(JackLoad.ForSource(new SourceSpec { ROhms = 1 }));
        var acq = new Acquisition(m.Tone, m.Sampler, m.Dither, m.Clock);
        var table = new SineTable(32, 128, 100);

        long Run(int periods)
        {
            var store = new CaptureStore(1, periods);
            var h = store.Headers[store.Reserve(periods)];
            h.Steps = 32;
            h.ToneOn = true;
            h.Dither = true;
            long before = GC.GetAllocatedBytesForCurrentThread();
            acq.Run(store, h, table, 1);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Run(50); // warm-up: JIT, simulator caches
        long small = Run(20);
        long large = Run(220);
        long perSample = (large - small) / (200 * 32);
        Assert.AreEqual(0, perSample, $"{large - small} bytes for 6 400 more samples");
        Assert.IsTrue(large - small < 1024, $"{large - small} bytes for 6 400 more samples");
    }
}
