using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Host.Tests.App;

/// <summary>
/// Allocation-free stand-ins for the stream ports of the device's default composition (scheme c): an RMT tone
/// generator that plays nothing and an I2S stream that delivers a 1 kHz-ish sine from a precomputed table. Used to
/// measure what the core allocates, not what a simulator allocates.
/// </summary>
public sealed class QuietStream : IToneGenerator, ISampleStream
{
    private readonly int[] _wave = new int[64];
    private int _i;

    /// <summary>Builds the sine table (codes around mid-scale, 400 codes amplitude).</summary>
    public QuietStream()
    {
        for (int k = 0; k < _wave.Length; k++)
        {
            _wave[k] = 1613 + (int)Math.Round(400 * Math.Sin(2 * Math.PI * k / _wave.Length));
        }
    }

    /// <inheritdoc />
    public int SampleMicroseconds => 125;

    /// <inheritdoc />
    public int RingSamples => 4096;

    /// <inheritdoc />
    public void Start(byte[] levelCodes, int periodMicroseconds)
    {
    }

    /// <inheritdoc />
    public void Start() => _i = 0;

    /// <inheritdoc />
    public bool Read(int[] buffer, int count)
    {
        for (int k = 0; k < count; k++)
        {
            buffer[k] = _wave[_i++ & 63];
        }

        return true;
    }

    /// <inheritdoc />
    public void Stop()
    {
    }
}
