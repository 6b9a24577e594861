using System.Numerics;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Sim;

/// <summary>
/// The simulated world behind the ports: one <see cref="Instrument"/>, its <see cref="AnalogChain"/>,
/// what is plugged into the cable, and a simulated clock. Every port call advances the clock by
/// its modelled managed cost (with jitter and occasional GC pauses), so tone frequency and
/// sampling instants emerge as on the device. Time is kept in whole microseconds (the device
/// clock's resolution).
/// </summary>
public sealed class SimulatedMeter
{
    private readonly SimParameters _p;
    private readonly SimRandom _timing;
    private readonly SimRandom _noise;
    private readonly SimRandom _contacts;
    private readonly AnalogChain _chain = new();
    private readonly double[] _plugOhms = new double[6];
    private (double Hz, double Amp, double Phase)[] _emfTones = [];
    private Complex[] _emfGains = [];
    private double _relayOhms;
    private bool _relayClosed;
    private long _relayEventUs = long.MaxValue;
    private bool _relayTarget;
    private long _unplugAtUs = long.MaxValue;
    private long _nextGcUs;
    private double _noiseVoltsAtAdc;
    private readonly DcMonitorModel _dcMonitor;
    private int _chargedLeg = -1;

    /// <summary>Creates a simulated meter with instrument <paramref name="instrumentSeed"/> and run seed <paramref name="runSeed"/>.</summary>
    public SimulatedMeter(SimParameters p, int instrumentSeed, int runSeed)
    {
        _p = p;
        Instrument = new Instrument(p, instrumentSeed);
        var r = new SimRandom(runSeed * 104729 + Instrument.StreamSeed);
        _timing = new SimRandom(r.NextSeed());
        _noise = new SimRandom(r.NextSeed());
        _contacts = new SimRandom(r.NextSeed());
        _dcMonitor = new DcMonitorModel(p, Instrument, new SimRandom(r.NextSeed()));
        Load = JackLoad.Nothing();
        DitherCode = p.DitherMidscaleCode;
        _nextGcUs = NextGcInterval();
        Tone = new SimToneOutput(this);
        Sampler = new SimSampler(this);
        Dither = new SimDitherOutput(this);
        Fixture = new SimFixture(this);
        Clock = new SimClock(this);
        DcMonitor = new SimDcMonitor(this);
        Hardware = new SimHardwareTimers(this);
        ToneGenerator = new SimToneGenerator(this);
        Stream = new SimSampleStream(this, p.StreamSampleUs);
        Reconfigure();
    }

    /// <summary>Parameters in use.</summary>
    public SimParameters Parameters => _p;

    /// <summary>The drawn instrument.</summary>
    public Instrument Instrument { get; }

    /// <summary>The analog chain (for tests of the physics).</summary>
    public AnalogChain Chain => _chain;

    /// <summary>Simulated time since boot, µs.</summary>
    public long NowUs { get; private set; }

    /// <summary>What is plugged into the cable.</summary>
    public JackLoad Load { get; private set; }

    /// <summary>Selected shunt range index.</summary>
    public int Range { get; private set; }

    /// <summary>Selected sense gain index.</summary>
    public int GainIndex { get; private set; }

    /// <summary>Selected leg (0–5).</summary>
    public int Leg { get; private set; }

    /// <summary>Commanded fixture mode.</summary>
    public FixtureMode Mode { get; private set; }

    /// <summary>Current dither DAC code.</summary>
    public int DitherCode { get; private set; }

    /// <summary>Number of GC pauses so far.</summary>
    public int GcPauses { get; private set; }

    /// <summary>When false, no GC pauses are injected (for scheme studies of hardware-timed paths).</summary>
    public bool GcEnabled { get; set; } = true;

    /// <summary>The tone port (GPIO25 DAC).</summary>
    public SimToneOutput Tone { get; }

    /// <summary>The ADC port.</summary>
    public SimSampler Sampler { get; }

    /// <summary>The dither port (GPIO26 DAC).</summary>
    public SimDitherOutput Dither { get; }

    /// <summary>The fixture port.</summary>
    public SimFixture Fixture { get; }

    /// <summary>The clock port.</summary>
    public SimClock Clock { get; }

    /// <summary>The DC monitor port (GPIO39).</summary>
    public SimDcMonitor DcMonitor { get; }

    /// <summary>The hardware-timed RMT tone and I2S stream (scheme c).</summary>
    public SimHardwareTimers Hardware { get; }

    /// <summary>The RMT tone port (scheme c).</summary>
    public SimToneGenerator ToneGenerator { get; }

    /// <summary>The I2S ADC stream port (scheme c).</summary>
    public SimSampleStream Stream { get; }

    /// <summary>Total white noise at the ADC pin right now, V rms (ADC noise excluded).</summary>
    public double AnalogNoiseVrms => _noiseVoltsAtAdc;

    /// <summary>Plugs something into the cable (draws new plug contact resistances).</summary>
    public void Plug(JackLoad load)
    {
        Load = load;
        for (int i = 0; i < _plugOhms.Length; i++)
        {
            _plugOhms[i] = Math.Max(0, _p.PlugContactOhms + _contacts.Gaussian() * _p.PlugRepeatabilityOhms);
        }

        BuildEmf();
        Reconfigure();
    }

    /// <summary>Schedules the source to be pulled out at simulated time <paramref name="atUs"/>.</summary>
    public void ScheduleUnplug(long atUs) => _unplugAtUs = atUs;

    // ------------------------------------------------------------------ low-level actions

    /// <summary>Advances simulated time to <paramref name="tUs"/>, applying scheduled events on the way.</summary>
    public void AdvanceTo(long tUs)
    {
        while (NowUs < tUs)
        {
            long next = Math.Min(Math.Min(tUs, Hardware.NextEventUs), Math.Min(_relayEventUs, _unplugAtUs));
            if (next > NowUs)
            {
                _chain.Advance(next - NowUs);
                NowUs = next;
            }

            if (NowUs >= Hardware.NextEventUs)
            {
                Hardware.Fire();
            }

            if (NowUs >= _relayEventUs)
            {
                _relayEventUs = long.MaxValue;
                _relayClosed = _relayTarget;
                if (_relayClosed)
                {
                    _relayOhms = Math.Max(0, _p.RelayContactOhms + _contacts.Gaussian() * _p.RelayRepeatabilityOhms);
                }

                Reconfigure();
            }

            if (NowUs >= _unplugAtUs)
            {
                _unplugAtUs = long.MaxValue;
                Load = JackLoad.Nothing();
                BuildEmf();
                Reconfigure();
            }
        }
    }

    /// <summary>Sets the tone DAC code now (no cost).</summary>
    public void SetToneCode(int code)
    {
        code = Math.Clamp(code, 0, (1 << _p.DacBits) - 1);
        _chain.U[AnalogChain.InDac] = (code - _p.DacMidscaleCode) * _p.DacVoltsPerCode;
    }

    /// <summary>Sets the tone pin to a PWM level of <paramref name="levelQ12"/>/4096 codes on the DAC's scale now (no cost).</summary>
    public void SetToneLevelQ12(long levelQ12)
    {
        _chain.U[AnalogChain.InDac] = ((levelQ12 / 4096.0) - _p.DacMidscaleCode) * _p.DacVoltsPerCode;
    }

    /// <summary>Converts the ADC input now (no cost): noise, INL/DNL, window, quantisation.</summary>
    public int SampleNow()
    {
        double v = SampleVolts();
        return Instrument.Adc.Convert(v);
    }

    /// <summary>The ADC pin voltage now (without ADC noise), V.</summary>
    public double SampleVolts()
    {
        double t = NowUs * 1e-6;
        double v = _chain.SenseOutput;
        if (_emfTones.Length > 0)
        {
            double env = Load.Source != null && Load.Source.Music ? 0.6 + 0.4 * Math.Sin(2 * Math.PI * 0.7 * t) : 1;
            for (int i = 0; i < _emfTones.Length; i++)
            {
                var (hz, amp, ph) = _emfTones[i];
                var g = _emfGains[i];
                double arg = 2 * Math.PI * hz * t + ph;
                v += env * amp * (g.Real * Math.Cos(arg) - g.Imaginary * Math.Sin(arg));
            }
        }

        if (_noiseVoltsAtAdc > 0)
        {
            v += _noise.Gaussian() * _noiseVoltsAtAdc;
        }

        double bias = _p.SenseBiasV + (DitherCode - _p.DitherMidscaleCode) * _p.DitherRangeV / 256.0;
        return Math.Clamp(bias + v, 0, 3.3);
    }

    /// <summary>Draws the cost of one managed call of nominal <paramref name="nominalUs"/> µs, with jitter and maybe a GC pause.</summary>
    public long CallCost(double nominalUs)
    {
        double c = nominalUs * (1 + _p.JitterFraction * _timing.Gaussian());
        long us = Math.Max(1, (long)Math.Round(Math.Max(0.3 * nominalUs, c)));
        if (GcEnabled && NowUs >= _nextGcUs)
        {
            us += (long)(_timing.Uniform(_p.GcMinMs, _p.GcMaxMs) * 1000);
            GcPauses++;
            _nextGcUs = NowUs + us + NextGcInterval();
        }

        return us;
    }

    /// <summary>A uniform draw from the timing random stream (start-up delays of hardware paths).</summary>
    public double TimingUniform(double min, double max) => _timing.Uniform(min, max);

    // ------------------------------------------------------------------ port behaviour
    // The managed-call cost of each port call lives in its port class (SimToneOutput, SimSampler, …).

    /// <summary>The DC monitor's ADC code now (no cost); see <see cref="DcMonitorModel"/>.</summary>
    public int DcMonitorNow() => _dcMonitor.Read(NowUs);

    internal void SetDitherNow(int code) => DitherCode = Math.Clamp(code, 0, 255);


    internal void SetRangeNow(int range)
    {
        Range = Math.Clamp(range, 0, _p.ShuntOhms.Length - 1);
        Reconfigure();
    }

    internal void SetGainNow(int gain)
    {
        GainIndex = Math.Clamp(gain, 0, _p.SenseGains.Length - 1);
        Reconfigure();
    }

    internal void SetLegNow(int leg)
    {
        Leg = Math.Clamp(leg, 0, 5);
        Reconfigure();
    }

    internal void SetModeNow(FixtureMode mode)
    {
        Mode = mode;
        bool wantClosed = mode == FixtureMode.Loaded;
        if (wantClosed != (_relayEventUs == long.MaxValue ? _relayClosed : _relayTarget))
        {
            _relayTarget = wantClosed;
            _relayEventUs = NowUs + (long)(_p.RelayOperateMs * 1000 * _timing.Uniform(0.6, 1.0));
        }

        Reconfigure();
    }

    private void Reconfigure()
    {
        bool senseAtLeg = Mode != FixtureMode.Unloaded;
        Load.Impedance(_p, Leg, out double r, out double c, out double l);
        if (Load.IsInserted)
        {
            r += _plugOhms[Leg];
        }

        _chain.Configure(Instrument, Range, GainIndex, _relayClosed, senseAtLeg, _relayOhms, r, c, l);
        var src = Load.Source;
        bool live = src != null && !src.Muted;
        double legDc = live && src!.CFarads == 0 ? src.DcOffsetV : 0;
        _chain.U[AnalogChain.InEmf] = legDc;
        if (!senseAtLeg || Leg != _chargedLeg)
        {
            // Each leg input's capacitor tracks its own leg's DC while deselected (hardware/README.md).
            _chain.ChargeLegInput(senseAtLeg ? legDc : 0);
            _chargedLeg = senseAtLeg ? Leg : -1;
        }

        // DC monitor: third mux on the sense-mux address, so it follows the selected leg in every mode
        // (simplification: the leg's open-circuit DC, also while loaded).
        _dcMonitor.SetInput(legDc, NowUs);
        _emfGains = _emfTones.Select(t => _chain.EmfGain(t.Hz)).ToArray();
        double noise = live ? src!.NoiseVrms ?? _p.SourceIdleNoiseVrms : 0;
        double bw = Math.Sqrt(Math.PI / 2 * Instrument.SenseLowpassHz[GainIndex] / 20000.0);
        _noiseVoltsAtAdc = senseAtLeg ? noise * bw * _chain.Gain : 0;
    }

    private void BuildEmf()
    {
        var src = Load.Source;
        _emfTones = src == null || src.Muted ? [] : SourceEmf.Tones(src, _p, new SimRandom(_contacts.NextSeed()));
    }

    private long NextGcInterval() => (long)(-Math.Log(1 - _timing.Next()) * _p.GcMeanIntervalMs * 1000) + 1000;
}
