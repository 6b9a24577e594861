using ImpedanceMeter.Core.Dsp;

namespace ImpedanceMeter.Sim;

/// <summary>
/// The hardware-timed paths of scheme (c) inside the simulated world: the RMT loop stepping the tone through
/// its levels at exact instants, and the I2S DMA taking an ADC sample every sample interval into a ring the
/// managed reader drains. Both are events of <see cref="SimulatedMeter.AdvanceTo"/>, so they run while the
/// managed code sleeps, switches relays or stalls in a GC pause, exactly as hardware would. The RMT tone is
/// modelled as the levels its PWM really plays, on the tone DAC's code scale (a staircase, as in the reference
/// scheme): each level is high for whole ticks of the RMT clock (<see cref="PwmToneLevels"/>, the adapter's encoding),
/// so it is 256·high/slice codes, not its code. The PWM carrier inside each level is not modelled (9 items per
/// level put it at 45.7–457 kHz, far above the 2 kHz reconstruction filter).
/// </summary>
public sealed class SimHardwareTimers
{
    private readonly SimulatedMeter _m;
    private long[]? _levelsQ12;
    private long _toneOriginUs;
    private long _tonePeriodUs;
    private long _nextToneUs = long.MaxValue;
    private long _streamOriginUs;
    private int _sampleUs;
    private long _nextSampleUs = long.MaxValue;
    private int[] _ring = [];
    private long _written;
    private long _read;

    internal SimHardwareTimers(SimulatedMeter meter) => _m = meter;

    /// <summary>Whether the RMT tone loop is running.</summary>
    public bool ToneRunning => _levelsQ12 != null;

    /// <summary>Whether the I2S stream is running.</summary>
    public bool Streaming => _nextSampleUs != long.MaxValue;

    /// <summary>Whether the stream lost samples since it started (the reader fell a whole ring behind).</summary>
    public bool Overrun { get; private set; }

    /// <summary>Samples taken by the stream so far (all streams).</summary>
    public long SamplesTaken { get; private set; }

    /// <summary>The next instant at which a hardware path acts, µs (long.MaxValue: none).</summary>
    public long NextEventUs => Math.Min(_nextToneUs, _nextSampleUs);

    /// <summary>A DAC write to GPIO25 while the RMT loop drives it: a core bug (the pin has one owner).</summary>
    public void RefuseDacWrite()
    {
        if (ToneRunning)
        {
            throw new InvalidOperationException("DAC write on GPIO25 while the RMT tone owns the pin");
        }
    }

    /// <summary>ADC1 single reads while the I2S ADC runs probably block (DESIGN.md §3): here they are a core bug.</summary>
    public void RefuseAdc1Read()
    {
        if (Streaming)
        {
            throw new InvalidOperationException("ADC1 single read while the I2S ADC stream runs");
        }
    }

    /// <summary>Starts the tone loop now: <paramref name="levels"/> over each <paramref name="periodUs"/> µs.</summary>
    public void StartTone(byte[] levels, int periodUs)
    {
        long periodTicks = PwmToneLevels.PeriodTicks(periodUs, levels.Length, _m.Parameters.RmtTicksPerMicrosecond);
        _levelsQ12 = new long[levels.Length];
        for (int k = 0; k < levels.Length; k++)
        {
            _levelsQ12[k] = PwmToneLevels.RealizedLevelQ12(levels[k], periodTicks, k, levels.Length);
        }

        _toneOriginUs = _m.NowUs;
        _tonePeriodUs = periodUs;
        _m.SetToneLevelQ12(_levelsQ12[0]);
        _nextToneUs = NextToneStep(_m.NowUs);
    }

    /// <summary>Stops the tone loop and parks the output at mid-scale.</summary>
    public void StopTone()
    {
        _levelsQ12 = null;
        _nextToneUs = long.MaxValue;
        _m.SetToneCode(_m.Parameters.DacMidscaleCode);
    }

    /// <summary>Starts a stream whose first sample is taken at <paramref name="firstSampleUs"/>.</summary>
    public void StartStream(long firstSampleUs, int sampleUs, int ringSamples)
    {
        _streamOriginUs = firstSampleUs;
        _sampleUs = sampleUs;
        _nextSampleUs = firstSampleUs;
        if (_ring.Length != ringSamples)
        {
            _ring = new int[ringSamples];
        }

        _written = 0;
        _read = 0;
        Overrun = false;
    }

    /// <summary>Stops the stream.</summary>
    public void StopStream() => _nextSampleUs = long.MaxValue;

    /// <summary>Instant at which the stream's sample <paramref name="index"/> is (or was) taken, µs.</summary>
    public long SampleTimeUs(long index) => _streamOriginUs + (index * _sampleUs);

    /// <summary>Samples taken and not yet read.</summary>
    public long Available => _written - _read;

    /// <summary>Index of the next sample the reader gets.</summary>
    public long ReadIndex => _read;

    /// <summary>Takes the next unread sample from the ring (the caller made sure one is available).</summary>
    public int Take() => _ring[(int)(_read++ % _ring.Length)];

    /// <summary>Acts on every hardware event due at the current instant.</summary>
    public void Fire()
    {
        long now = _m.NowUs;
        if (now >= _nextToneUs && _levelsQ12 != null)
        {
            _m.SetToneLevelQ12(_levelsQ12[Level(now)]);
            _nextToneUs = NextToneStep(now);
        }

        if (now >= _nextSampleUs)
        {
            if (_written - _read >= _ring.Length)
            {
                // The DMA overwrites the oldest unread buffer: those samples are lost.
                Overrun = true;
                _read++;
            }

            _ring[(int)(_written++ % _ring.Length)] = _m.SampleNow();
            SamplesTaken++;
            _nextSampleUs = SampleTimeUs(_written);
        }
    }

    /// <summary>Time since the tone started on the RMT's own time base, µs (exactly the stream's unless <see cref="SimParameters.RmtClockErrorPpm"/> is set).</summary>
    private long ToneElapsed(long now)
    {
        double ppm = _m.Parameters.RmtClockErrorPpm;
        long elapsed = now - _toneOriginUs;
        return ppm == 0 ? elapsed : (long)Math.Floor(elapsed * (1 + (ppm * 1e-6)));
    }

    private int Level(long now)
    {
        long phase = ToneElapsed(now) % _tonePeriodUs;
        return (int)(phase * _levelsQ12!.Length / _tonePeriodUs);
    }

    /// <summary>The first instant after <paramref name="now"/> at which the level changes: ceil((j + 1)·P/L) into the period.</summary>
    private long NextToneStep(long now)
    {
        int n = _levelsQ12!.Length;
        long phase = ToneElapsed(now) % _tonePeriodUs;
        long step = phase * n / _tonePeriodUs;
        long nextPhase = (((step + 1) * _tonePeriodUs) + n - 1) / n;
        return now + Math.Max(1, nextPhase - phase);
    }
}
