using ImpedanceMeter.Core.Dsp;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Measures one calibration standard on the legs of a jack, for every range and spot
    /// frequency, into an <see cref="OslCalibration"/>. Each standard is taken at the largest sense
    /// gain that fits (a gain-0 preview predicts the amplitude). The open standard also measures
    /// the complex gain step ratios G(g)/G(g−1) the solver normalises with, on the generator.
    /// </summary>
    public sealed class Calibrator
    {
        private const int PreviewPeriods = 4;

        private readonly CaptureRunner _runner;
        private readonly CaptureReducer _reducer;
        private readonly FrontEndConstants _fe;
        private readonly SpotFrequencyPlan _plan;
        private readonly CaptureStore _scratch;
        private readonly IDcMonitor _dcMonitor;
        private readonly GainStepCalibrator _gainSteps;
        private readonly CaptureSummary _u = new CaptureSummary();
        private readonly CaptureSummary _l = new CaptureSummary();
        private readonly CaptureSummary _l2 = new CaptureSummary();
        private string _lastFailure = string.Empty;

        /// <summary>
        /// Creates the calibrator; <paramref name="scratch"/> must hold one capture of
        /// 2·SamplesPerCapture: captures are reduced one at a time and the store is cleared before
        /// each (the engine lends its measurement store). <paramref name="dcMonitor"/> (may be null: no zero is
        /// measured) gives each leg's DC monitor zero on the open standard.
        /// </summary>
        public Calibrator(CaptureRunner runner, CaptureReducer reducer, FrontEndConstants fe, SpotFrequencyPlan plan, CaptureStore scratch, IDcMonitor dcMonitor)
        {
            _dcMonitor = dcMonitor;
            _runner = runner;
            _reducer = reducer;
            _fe = fe;
            _plan = plan;
            _scratch = scratch;
            _gainSteps = new GainStepCalibrator(runner, reducer, fe, plan, scratch);
        }

        /// <summary>The last calibration capture that failed a guard (capture and ADC code span; set even when a retake then succeeded), for diagnostics and SYST:ERR?.</summary>
        public string LastFailure
        {
            get { return _lastFailure; }
        }

        /// <summary>Measures <paramref name="standard"/> on <paramref name="legs"/>; Ok or the first guard that failed.</summary>
        public MeasurementStatus Run(Leg[] legs, CalStandard standard, OslCalibration cal, IProgressSink progress)
        {
            return Run(legs, standard, cal, progress, 1);
        }

        /// <summary>
        /// As <see cref="Run(Leg[], CalStandard, OslCalibration, IProgressSink)"/> for insertion <paramref name="insertion"/> of the
        /// standard: from the second on, each slot is averaged with the earlier insertions (<see cref="OslCalibration.AverageStandard"/>).
        /// </summary>
        public MeasurementStatus Run(Leg[] legs, CalStandard standard, OslCalibration cal, IProgressSink progress, int insertion)
        {
            int ranges = _fe.ShuntMicroOhms.Length;
            _lastFailure = string.Empty;
            int total = _plan.Count * ranges * legs.Length;
            int done = 0;
            if (standard == CalStandard.Open)
            {
                MeasurementStatus zero = MeasureDcZeros(legs, cal);
                if (zero != MeasurementStatus.Ok)
                {
                    _runner.Safe();
                    return zero;
                }
            }

            for (int fi = 0; fi < _plan.Count; fi++)
            {
                if (standard == CalStandard.Open)
                {
                    MeasurementStatus ratios = _gainSteps.Measure(fi, cal);
                    if (ratios != MeasurementStatus.Ok)
                    {
                        _lastFailure = _gainSteps.LastFailure;
                        _runner.Safe();
                        return ratios;
                    }
                }

                for (int r = 0; r < ranges; r++)
                {
                    for (int li = 0; li < legs.Length; li++)
                    {
                        if (progress != null)
                        {
                            progress.Report((done * 100) / total, "CAL");
                        }

                        MeasurementStatus s = One((int)legs[li], r, fi, standard, cal, insertion);
                        if (s == MeasurementStatus.NotIdle || s == MeasurementStatus.OverRange)
                        {
                            // A transient (relay bounce, a GC pause, coupling capacitors settling) can spoil one
                            // capture; a standard is passive and idle, so retake it once before giving up.
                            s = One((int)legs[li], r, fi, standard, cal, insertion);
                        }

                        if (s != MeasurementStatus.Ok)
                        {
                            _runner.Safe();
                            return s;
                        }

                        done++;
                    }
                }
            }

            _runner.Safe();
            if (progress != null)
            {
                progress.Report(100, "CAL");
            }

            return MeasurementStatus.Ok;
        }

        /// <summary>
        /// The DC monitor zero of each leg with the open standard in (nothing plugged, so the leg is at 0 V DC):
        /// the monitor's offset and the ADC's offset at that point, which the DC guard then subtracts
        /// (docs/measurement.md H4). DcOffset if a read pinned at 0 or full scale (the monitor is broken).
        /// </summary>
        private MeasurementStatus MeasureDcZeros(Leg[] legs, OslCalibration cal)
        {
            if (_dcMonitor == null)
            {
                return MeasurementStatus.Ok;
            }

            for (int li = 0; li < legs.Length; li++)
            {
                int leg = (int)legs[li];
                _scratch.Clear();
                int dc = _runner.TakeDcMonitor(_scratch, _dcMonitor, leg);
                if (dc < 0)
                {
                    return MeasurementStatus.Aborted;
                }

                CaptureHeader h = _scratch.Headers[dc];
                if (h.MinCode <= 0 || h.MaxCode >= _fe.AdcMaxCode)
                {
                    _lastFailure = "dc zero leg " + leg.ToString() + " codes " + h.MinCode.ToString() + ".." + h.MaxCode.ToString();
                    return MeasurementStatus.DcOffset;
                }

                cal.SetDcZero(leg, (int)h.SumCodes, h.Samples);
            }

            return MeasurementStatus.Ok;
        }

        private MeasurementStatus One(int leg, int range, int fi, CalStandard standard, OslCalibration cal, int insertion)
        {
            // The stream's standards take twice the measurement's samples (the gain steps' length): on the 1 Ω range the
            // 10 Ω load reads m ≈ 0.91, so the OSL divides by (m_open − m_load) ≈ 0.09 and multiplies the load's phase noise
            // by ~10; with single-length captures that alone moved low-Z phase by up to 0.75° at 976 Hz (docs/measurement.md §5.5).
            int samples = _runner.IsStream ? 2 * _plan.SamplesPerCapture : _plan.SamplesPerCapture;
            int referenceSamples = _runner.IsStream ? 2 * _plan.ReferenceSamples : _plan.ReferenceSamples;
            int steps = _plan.Steps[fi];
            // One capture at a time in the scratch store: each is reduced before the next is taken.
            _scratch.Clear();
            int ui = _runner.Take(_scratch, CaptureRole.Unloaded, 0, range, 0, fi, referenceSamples);
            int session = _scratch.Headers[ui].Session;
            _reducer.Reduce(_scratch, ui, _u);
            _scratch.Clear();
            int pi = _runner.Take(_scratch, CaptureRole.Preview, leg, range, 0, fi, PreviewPeriods * steps);
            _reducer.Reduce(_scratch, pi, _l);
            if (CaptureGuards.OutsideWindow(_u, _fe))
            {
                _lastFailure = "unloaded r" + range.ToString() + " N" + steps.ToString() + " codes " + _u.MinCode.ToString() + ".." + _u.MaxCode.ToString();
                return MeasurementStatus.OverRange;
            }

            long amp0 = ComplexMath.Magnitude(_l.ReQ16, _l.ImQ16);
            int gain = HighestFittingGain(amp0);
            _scratch.Clear();
            int li = _runner.Take(_scratch, CaptureRole.Loaded, leg, range, gain, fi, samples);
            _reducer.Reduce(_scratch, li, _l);
            while (gain > 0 && CaptureGuards.OutsideWindow(_l, _fe))
            {
                // The short preview under-estimated the level: retake one gain lower.
                _scratch.Clear();
                gain--;
                li = _runner.Take(_scratch, CaptureRole.Loaded, leg, range, gain, fi, samples);
                _reducer.Reduce(_scratch, li, _l);
            }

            if (_scratch.Headers[li].Session != session)
            {
                // Stream only: samples were lost between the two captures, so their phases are not comparable.
                _lastFailure = "stream overrun leg " + leg.ToString() + " r" + range.ToString() + " N" + steps.ToString();
                return MeasurementStatus.Aborted;
            }

            MeasurementStatus guard = PointSolver.Guard(MeasurementStatus.Ok, _u, _l, _scratch.Headers[li], _fe);
            if (guard != MeasurementStatus.Ok)
            {
                _lastFailure = "loaded leg " + leg.ToString() + " r" + range.ToString() + " g" + gain.ToString() + " N" + steps.ToString() + " codes " + _l.MinCode.ToString() + ".." + _l.MaxCode.ToString();
                return guard;
            }

            if (_runner.IsStream)
            {
                // The unloaded magnitude at the loaded amplitude (MatchedMagnitude), as the measurement takes it.
                int codes = MatchedMagnitude.MatchingCodes(ComplexMath.Magnitude(_l.ReQ16, _l.ImQ16), ComplexMath.Magnitude(_u.ReQ16, _u.ImQ16), _fe.PlayedToneCodes);
                _scratch.Clear();
                int mi = _runner.TakeMatched(_scratch, leg, range, 0, fi, samples, codes);
                _reducer.Reduce(_scratch, mi, _l2);
                MatchedMagnitude.Apply(_u, _l2, SpotFrequencyPlan.StreamToneLevels, _fe.ToneMidCode, _fe.PlayedToneCodes, codes, _plan.ToneTicks(fi, _fe.ToneClockTicksPerMicrosecond));
            }

            int re;
            int im;
            PointSolver.RawRatioQ24(_u, _l, out re, out im);
            MeasurementStatus sane = Plausible(standard, re, im, gain, range);
            if (sane != MeasurementStatus.Ok)
            {
                return sane;
            }

            cal.AverageStandard(leg, range, fi, standard, re, im, gain, insertion);
            return MeasurementStatus.Ok;
        }

        private int HighestFittingGain(long amp0Q16)
        {
            int best = 0;
            for (int g = 1; g < _fe.SenseGains.Length; g++)
            {
                if (Fits(amp0Q16, g))
                {
                    best = g;
                }
            }

            return best;
        }

        private bool Fits(long amp0Q16, int gain)
        {
            return (amp0Q16 * _fe.SenseGains[gain]) / _fe.SenseGains[0] <= ((long)_fe.MaxToneAmplitudeCodes << 16);
        }

        /// <summary>
        /// Rejects a plug that is not the standard asked for, using nominal gains: open must read
        /// |m| &gt; 0.5 (else Short), short |m| &lt; 0.5 (else Muted), load within ±30 % of Z_L/(Rs + Z_L) (else Unplugged).
        /// </summary>
        private MeasurementStatus Plausible(CalStandard standard, int rawReQ24, int rawImQ24, int gain, int range)
        {
            long m = (ComplexMath.Magnitude(rawReQ24, rawImQ24) * _fe.SenseGains[0]) / _fe.SenseGains[gain];
            long half = 1L << 23;
            if (standard == CalStandard.Open)
            {
                return m > half ? MeasurementStatus.Ok : MeasurementStatus.Short;
            }

            if (standard == CalStandard.Short)
            {
                return m < half ? MeasurementStatus.Ok : MeasurementStatus.Muted;
            }

            long zl = _fe.LoadStandardMicroOhms;
            long expected = ((zl << 24) / (zl + _fe.ShuntMicroOhms[range]));
            long error = FixedMath.Abs(m - expected);
            return error * 10 <= expected * 3 ? MeasurementStatus.Ok : MeasurementStatus.Unplugged;
        }
    }
}
