using System.Numerics;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Sim.Reference;

/// <summary>
/// The double-precision reference measurement used for the scheme comparison: calibration
/// (gain ratios, open/short/load per range) and readings of a source, on one simulated meter,
/// with the scheme and fixes chosen in <see cref="SchemeOptions"/>.
/// </summary>
public sealed class ReferencePipeline
{
    private const int FullAmplitude = 100; // DAC codes peak (frontend.json generator.note)
    private readonly SimulatedMeter _m;
    private readonly SchemeOptions _o;
    private AdcCorrection? _corr;
    private readonly Complex[] _gainK;
    private readonly Complex[,] _std; // [standard, range]
    private readonly double[,] _stdNaive;
    private readonly double _loadOhmsNominal;
    private readonly long _toneOrigin;
    private long _pacedPeriodUs;

    /// <summary>Creates the pipeline on a simulated meter.</summary>
    public ReferencePipeline(SimulatedMeter meter, SchemeOptions options)
    {
        _m = meter;
        _o = options;
        var p = meter.Parameters;
        _corr = options.AdcCorrection ? new AdcCorrection(meter.Instrument.Adc, p, new SimRandom(meter.Instrument.StreamSeed ^ 0x5a5a)) : null;
        _gainK = p.SenseGains.Select(g => new Complex(g / p.SenseGains[0], 0)).ToArray();
        _std = new Complex[3, p.ShuntOhms.Length];
        _stdNaive = new double[3, p.ShuntOhms.Length];
        _loadOhmsNominal = p.LoadStandardOhms;
        _toneOrigin = meter.NowUs;
        meter.GcEnabled = options.Scheme switch
        {
            SchemeKind.LockStep => options.GcDuringCapture,
            SchemeKind.ManagedLoopDma => true,
            _ => false, // hardware-timed tone and DMA: a GC pause only delays reading the buffer
        };
    }

    /// <summary>Calibrated complex gain of each sense gain relative to gain 0.</summary>
    public IReadOnlyList<Complex> GainRatios => _gainK;

    /// <summary>Runs the calibration: the ADC shift scan if chosen, gain ratios on the open standard, then open/short/load on every range.</summary>
    public void Calibrate(SimRandom standards)
    {
        var p = _m.Parameters;
        _m.Plug(JackLoad.ForStandard(CalStandard.Open, p, standards));
        if (_o.ShiftCorrection)
        {
            var pairs = AdcShiftScan.Run(_m, _o.ShiftScanAmplitudes, _o.ShiftScanPeriods, out _);
            _corr = new AdcCorrection(AdcShiftSolver.Solve(pairs, _m.Instrument.Adc.MaxCode));
        }

        if (_o.Matched && _o.Osl)
        {
            CalibrateGains();
        }

        foreach (var s in new[] { CalStandard.Open, CalStandard.Short, CalStandard.Load })
        {
            _m.Plug(JackLoad.ForStandard(s, p, standards));
            for (int r = 0; r < p.ShuntOhms.Length; r++)
            {
                _std[(int)s, r] = Ratio(r, out _stdNaive[(int)s, r], out _, out _);
            }
        }
    }

    /// <summary>Measures whatever is plugged in on <paramref name="leg"/>; <paramref name="truth"/> gives the true Z at a frequency.</summary>
    public ReferenceReading Measure(int leg, Func<double, Complex> truth)
    {
        var p = _m.Parameters;
        long t0 = _m.NowUs;
        _m.Fixture.SelectLeg(leg);
        int range = AutoRange();
        var mRatio = Ratio(range, out double naiveRatio, out double crbRel, out double hz, out int gain);
        Complex z;
        double naive;
        if (_o.Osl)
        {
            z = OslSolver.Correct(mRatio, _std[0, range], _std[1, range], _std[2, range], _loadOhmsNominal);
            naive = OslSolver.Correct(naiveRatio, _stdNaive[0, range], _stdNaive[1, range], _stdNaive[2, range], _loadOhmsNominal).Magnitude;
        }
        else
        {
            z = OslSolver.Nominal(mRatio, p.ShuntOhms[range]);
            naive = OslSolver.Nominal(naiveRatio, p.ShuntOhms[range]).Magnitude;
        }

        // CRB of |Z|: move m radially by its CRB relative standard deviation.
        var zPlus = _o.Osl
            ? OslSolver.Correct(mRatio * (1 + crbRel), _std[0, range], _std[1, range], _std[2, range], _loadOhmsNominal)
            : OslSolver.Nominal(mRatio * (1 + crbRel), p.ShuntOhms[range]);
        return new ReferenceReading
        {
            Truth = truth(hz),
            Measured = z,
            Naive = naive,
            FrequencyHz = hz,
            Seconds = (_m.NowUs - t0) * 1e-6,
            CrbOhms = Math.Abs(zPlus.Magnitude - z.Magnitude),
            Range = range,
            Gain = gain,
        };
    }

    private int AutoRange()
    {
        var p = _m.Parameters;
        _m.Fixture.SelectRange(1);
        _m.Fixture.SelectGain(0);
        _m.Fixture.SetMode(FixtureMode.Unloaded);
        _m.Clock.Sleep(p.RelaySettleMs);
        var u = Acquire(FullAmplitude, 0.03);
        _m.Fixture.SetMode(FixtureMode.Loaded);
        _m.Clock.Sleep(p.RelaySettleMs);
        var l = Acquire(FullAmplitude, 0.03);
        var zEst = OslSolver.Nominal(l.Phasor / u.Phasor, p.ShuntOhms[1]).Magnitude;
        return zEst < 2 ? 0 : zEst < 20 ? 1 : 2;
    }

    private void CalibrateGains()
    {
        var p = _m.Parameters;
        _m.Fixture.SelectRange(0);
        _m.Fixture.SetMode(FixtureMode.Unloaded);
        _m.Clock.Sleep(p.RelaySettleMs);
        _gainK[0] = 1;
        int amp = FullAmplitude;
        for (int g = 1; g < p.SenseGains.Length; g++)
        {
            amp = Math.Max(2, (int)Math.Round(amp * p.SenseGains[g - 1] / p.SenseGains[g]));
            _m.Fixture.SelectGain(g - 1);
            var lo = Acquire(amp, 0.3);
            _m.Fixture.SelectGain(g);
            var hi = Acquire(amp, 0.3);
            _gainK[g] = _gainK[g - 1] * hi.Phasor / lo.Phasor;
        }

        _m.Fixture.SelectGain(0);
    }

    private Complex Ratio(int range, out double naive, out double crbRel, out double hz) => Ratio(range, out naive, out crbRel, out hz, out _);

    private Complex Ratio(int range, out double naive, out double crbRel, out double hz, out int gain)
    {
        var p = _m.Parameters;
        _m.Fixture.SelectRange(range);
        _m.Fixture.SelectGain(0);
        _m.Fixture.SetMode(FixtureMode.Unloaded);
        _m.Clock.Sleep(p.RelaySettleMs);
        var u = Acquire(FullAmplitude, _o.UnloadedSeconds);
        _m.Fixture.SetMode(FixtureMode.Loaded);
        _m.Clock.Sleep(_o.LoadedSettleMs);
        gain = 0;
        if (_o.Matched)
        {
            var pre = Acquire(FullAmplitude, 0.03);
            double mEst = pre.Phasor.Magnitude / u.Phasor.Magnitude;
            for (int g = p.SenseGains.Length - 1; g > 0; g--)
            {
                if (mEst * p.SenseGains[g] / p.SenseGains[0] <= 0.95)
                {
                    gain = g;
                    break;
                }
            }

            _m.Fixture.SelectGain(gain);
        }

        var l = Acquire(FullAmplitude, _o.LoadedSeconds);
        _m.Fixture.SelectGain(0);
        _m.Fixture.SetMode(FixtureMode.Unloaded);
        var k = _o.Osl ? _gainK[gain] : new Complex(p.SenseGains[gain] / p.SenseGains[0], 0);
        naive = l.NaiveAmplitude / k.Magnitude / u.NaiveAmplitude;
        crbRel = Math.Sqrt(2 * l.NoiseCodesRms * l.NoiseCodesRms / (l.Samples * l.Phasor.Magnitude * l.Phasor.Magnitude)
                         + 2 * u.NoiseCodesRms * u.NoiseCodesRms / (u.Samples * u.Phasor.Magnitude * u.Phasor.Magnitude));
        hz = l.FrequencyHz;
        return l.Phasor / k / u.Phasor;
    }

    private Capture Acquire(int amplitude, double seconds)
    {
        switch (_o.Scheme)
        {
            case SchemeKind.LockStep:
                if (_o.Paced && _pacedPeriodUs == 0)
                {
                    // Once per instrument: the period seen plus 25 % (per-step clock polls and jitter), on a 100 µs grid.
                    var probe = LockStepScheme.Capture(_m, _o.Steps, amplitude, 0.05, false, null);
                    _pacedPeriodUs = (long)Math.Ceiling(1.25e6 / probe.FrequencyHz / 100) * 100;
                }

                return LockStepScheme.Capture(_m, _o.Steps, amplitude, seconds, _o.Dither, _corr, _o.Paced ? _pacedPeriodUs : 0);
            case SchemeKind.ManagedLoopDma:
                return ManagedLoopDmaScheme.Capture(_m, (int)Math.Round(_o.Steps * 1.5), 200, amplitude, seconds, _o.Dither, _corr);
            default:
                int periodUs = (int)Math.Round(1e6 / _o.RmtFrequencyHz / 100) * 100;
                return RmtStreamScheme.Capture(_m, periodUs, 50, 100, amplitude, seconds, _toneOrigin, _o.Dither, _corr);
        }
    }
}
