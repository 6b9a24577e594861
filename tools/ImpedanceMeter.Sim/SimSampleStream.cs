using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Sim;

/// <summary>
/// Simulated I2S0 ADC stream (scheme c): samples every <see cref="SampleMicroseconds"/> on the crystal into a
/// DMA ring of <see cref="SimParameters.StreamRingSamples"/>; Read blocks until the samples exist, then charges
/// the managed call and the per-sample work (<see cref="SimParameters.StreamReadCallUs"/>, <see cref="SimParameters.StreamPerSampleUs"/>).
/// </summary>
public sealed class SimSampleStream : ISampleStream
{
    private readonly SimulatedMeter _meter;

    internal SimSampleStream(SimulatedMeter meter, int sampleMicroseconds)
    {
        _meter = meter;
        SampleMicroseconds = sampleMicroseconds;
    }

    /// <inheritdoc/>
    public int SampleMicroseconds { get; }

    /// <inheritdoc/>
    public int RingSamples => _meter.Parameters.StreamRingSamples;

    /// <inheritdoc/>
    public void Start()
    {
        var p = _meter.Parameters;
        _meter.AdvanceTo(_meter.NowUs + _meter.CallCost(p.StreamReadCallUs));
        long first = _meter.NowUs + 1 + (long)(_meter.TimingUniform(0, p.StreamStartMaxUs));
        _meter.Hardware.StartStream(first, p.StreamTrueSampleUs > 0 ? p.StreamTrueSampleUs : SampleMicroseconds, p.StreamRingSamples);
    }

    /// <inheritdoc/>
    public bool Read(int[] buffer, int count)
    {
        if (count < 0 || count > buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "count must fit the buffer");
        }

        var hw = _meter.Hardware;
        if (!hw.Streaming)
        {
            throw new InvalidOperationException("Read on a stopped stream");
        }

        while (hw.Available < count)
        {
            _meter.AdvanceTo(Math.Max(_meter.NowUs + 1, hw.SampleTimeUs(hw.ReadIndex + count - 1)));
        }

        for (int i = 0; i < count; i++)
        {
            buffer[i] = hw.Take();
        }

        var p = _meter.Parameters;
        _meter.AdvanceTo(_meter.NowUs + _meter.CallCost(p.StreamReadCallUs + (count * p.StreamPerSampleUs)));
        return !hw.Overrun;
    }

    /// <inheritdoc/>
    public void Stop()
    {
        _meter.AdvanceTo(_meter.NowUs + _meter.CallCost(_meter.Parameters.StreamReadCallUs));
        _meter.Hardware.StopStream();
    }
}
