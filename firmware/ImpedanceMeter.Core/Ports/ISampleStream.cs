namespace ImpedanceMeter.Core.Ports
{
    /// <summary>
    /// A continuous ADC sample stream at a fixed, crystal-timed rate (scheme c): I2S0 sampling the
    /// sense input on ADC1 by DMA (DESIGN.md §3). Samples are consecutive: sample n of a stream was
    /// taken n·<see cref="SampleMicroseconds"/> after sample 0, so the stream keeps one phase
    /// reference for as long as it runs, across fixture switches. While it runs, ADC1 single reads
    /// (the DC monitor) are not available: stop it first.
    /// </summary>
    public interface ISampleStream
    {
        /// <summary>Interval between samples, µs (exact, from the APB clock).</summary>
        int SampleMicroseconds { get; }

        /// <summary>
        /// Samples the stream buffers (DMA ring) before it overwrites the oldest unread ones: the reader may fall
        /// this far behind. The core checks its own lag against it, because the device driver reports no loss.
        /// </summary>
        int RingSamples { get; }

        /// <summary>Starts a new stream; the next <see cref="Read"/> returns its sample 0.</summary>
        void Start();

        /// <summary>
        /// Blocks until the next <paramref name="count"/> samples are available and copies them, as raw
        /// 12-bit codes 0–4095, into <paramref name="buffer"/>[0..count). Returns false if the adapter knows the DMA
        /// ring overflowed since the stream started (samples were lost, so the sample count no longer gives
        /// the phase); the stream must then be restarted. An adapter that cannot tell returns true.
        /// </summary>
        bool Read(int[] buffer, int count);

        /// <summary>Stops the stream (ADC1 single reads work again).</summary>
        void Stop();
    }
}
