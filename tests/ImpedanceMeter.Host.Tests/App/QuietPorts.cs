using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Host.Tests.App;

/// <summary>
/// Allocation-free stand-ins for the front-end ports: the sampler returns a 1 kHz-ish sine from a
/// precomputed table around mid-scale, the clock advances 300 µs per read. Used to measure
/// what the core allocates, not what a simulator allocates.
/// </summary>
public sealed class QuietPorts : IToneOutput, ISampler, IDitherOutput, IFixture, IClock, IDcMonitor
{
    private readonly int[] _wave = new int[64];
    private int _i;
    private long _now;

    public QuietPorts()
    {
        for (int k = 0; k < _wave.Length; k++)
        {
            _wave[k] = 1613 + (int)Math.Round(400 * Math.Sin(2 * Math.PI * k / _wave.Length));
        }
    }

    public int Reads { get; private set; }

    public long Microseconds => _now;

    public int SettleMilliseconds => 5;

    public int Read()
    {
        Reads++;
        _now += 300;
        return _wave[_i++ & 63];
    }

    /// <summary>DC monitor: 0 V at the leg (1.298 V / 0.806 mV ≈ code 1610).</summary>
    int IDcMonitor.Read() => 1610;

    public void Write(int code)
    {
    }

    public void Silence()
    {
    }

    public void Sleep(int milliseconds) => _now += milliseconds * 1000L;

    public void SelectRange(int rangeIndex)
    {
    }

    public void SelectLeg(int leg)
    {
    }

    public void SetMode(FixtureMode mode)
    {
    }

    public void SelectGain(int gainIndex)
    {
    }

    public void Safe()
    {
    }
}
