using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// The measurement engine (IZoutEngine): lock-step or stream injection acquisition, OSL calibration per
    /// leg/range/spot frequency, auto-ranging, Listen guards, per-leg sequencing and the model
    /// fit. Results are computed by <see cref="MeasurementAnalysis"/> from the recorded captures,
    /// exactly as the PC analyser recomputes them from a capture file.
    /// </summary>
    public sealed class ZoutEngine : IZoutEngine, IStreamSelfCheck
    {
        /// <summary>Samples of the Listen idle capture.</summary>
        public const int ListenIdleSamples = 512;

        private readonly IClock _clock;
        private readonly IDcMonitor _dcMonitor;
        private readonly FrontEndConstants _fe;
        private readonly SpotFrequencyPlan _plan;
        private readonly CaptureRunner _runner;
        private readonly CaptureReducer _reducer;
        private readonly PointAcquirer _points;
        private readonly Calibrator _calibrator;
        private readonly CaptureStore _store;
        private readonly OslCalibration _cal;
        private readonly CalibrationState _state = new CalibrationState();
        private readonly CaptureSummary _summary = new CaptureSummary();
        private CaptureStore _checkStore;
        private MeasurementResult _last;
        private int _shortInsertions;
        private JackType _lastJack;

        /// <summary>Creates the engine over the ports with the default spot-frequency plan.</summary>
        public ZoutEngine(IToneOutput tone, ISampler sampler, IDitherOutput dither, IFixture fixture, IClock clock, IDcMonitor dcMonitor, FrontEndConstants frontEnd)
            : this(tone, sampler, dither, fixture, clock, dcMonitor, frontEnd, SpotFrequencyPlan.Default())
        {
        }

        /// <summary>Creates the engine with an explicit spot-frequency plan.</summary>
        public ZoutEngine(IToneOutput tone, ISampler sampler, IDitherOutput dither, IFixture fixture, IClock clock, IDcMonitor dcMonitor, FrontEndConstants frontEnd, SpotFrequencyPlan plan)
            : this(new CaptureRunner(tone, sampler, dither, fixture, clock, frontEnd, plan), clock, dcMonitor, frontEnd, plan)
        {
        }

        /// <summary>
        /// Creates the engine on scheme (c): a hardware-timed tone and a continuous sample stream, with a stream
        /// plan (<see cref="SpotFrequencyPlan.Stream"/>) at the stream's sample interval.
        /// </summary>
        public ZoutEngine(IToneGenerator toneGenerator, ISampleStream stream, IFixture fixture, IClock clock, IDcMonitor dcMonitor, FrontEndConstants frontEnd, SpotFrequencyPlan plan)
            : this(new CaptureRunner(toneGenerator, stream, fixture, clock, frontEnd, plan), clock, dcMonitor, frontEnd, plan)
        {
        }

        private ZoutEngine(CaptureRunner runner, IClock clock, IDcMonitor dcMonitor, FrontEndConstants frontEnd, SpotFrequencyPlan plan)
        {
            _clock = clock;
            _dcMonitor = dcMonitor;
            _fe = frontEnd;
            _plan = plan;
            _runner = runner;
            int minRecord = plan.RecordSamples(0);
            int sumPeriods = 0;
            int sumReferencePeriods = 0;
            for (int i = 0; i < plan.Count; i++)
            {
                minRecord = plan.RecordSamples(i) < minRecord ? plan.RecordSamples(i) : minRecord;
                sumPeriods += plan.SamplesPerCapture / plan.RecordSamples(i);
                sumReferencePeriods += plan.ReferenceSamples / plan.RecordSamples(i);
            }

            // Heap: one store, sized for the worst case of one 4.4 mm measurement (per leg its DC
            // monitor record (one period) and Listen idle capture at the default N and one loaded capture per N; one unloaded capture per
            // range and N). A range preview is dropped from it once reduced, and the calibrator takes
            // its captures in it one at a time (at most 2·SamplesPerCapture/minRecord periods, well
            // inside). The reducer holds the longest capture. The stream cannot share unloaded captures
            // between legs (each point is its own phase-reference session): per leg and frequency one unloaded
            // reference (PointAcquirer drops those of ranges it does not measure on), the loaded capture and its
            // matched capture; while a point is taken, at most a reference and the preview before them.
            int maxPeriods = (2 * plan.SamplesPerCapture) / minRecord;
            int listenPeriods = 1 + Periods(ListenIdleSamples, plan.RecordSamples(plan.DefaultIndex));
            int ranges = frontEnd.ShuntMicroOhms.Length;
            _reducer = new CaptureReducer(maxPeriods);
            if (plan.IsStream)
            {
                _store = new CaptureStore(4 * (2 + (3 * plan.Count)), 4 * (listenPeriods + sumReferencePeriods + (2 * sumPeriods)));
            }
            else
            {
                _store = new CaptureStore((4 * (2 + plan.Count)) + (ranges * plan.Count), (4 * (listenPeriods + sumPeriods)) + (ranges * sumPeriods));
            }

            _points = new PointAcquirer(_runner, _reducer, frontEnd, plan);
            _calibrator = new Calibrator(_runner, _reducer, frontEnd, plan, _store, dcMonitor);
            _cal = new OslCalibration(ranges, plan.Count, frontEnd.SenseGains.Length);
        }

        /// <inheritdoc />
        public CalibrationState Calibration
        {
            get { return _state; }
        }

        /// <summary>The calibration data (read-only use: capture writer, analyser, tests).</summary>
        public OslCalibration CalibrationData
        {
            get { return _cal; }
        }

        /// <summary>The spot-frequency plan.</summary>
        public SpotFrequencyPlan Plan
        {
            get { return _plan; }
        }

        /// <summary>Captures of the last measurement.</summary>
        public CaptureStore LastCaptures
        {
            get { return _store; }
        }

        /// <summary>The last measurement's result (null before the first).</summary>
        public MeasurementResult LastResult
        {
            get { return _last; }
        }

        /// <inheritdoc />
        /// <remarks>
        /// The calibrator takes its captures in the measurement store, so the last measurement is
        /// forgotten (<see cref="LastResult"/> null, no captures): its capture file would pair the old
        /// captures with the new calibration and no longer reproduce its results anyway.
        /// </remarks>
        public MeasurementStatus Calibrate(JackType jack, CalStandard standard, IProgressSink progress)
        {
            _last = null;
            _store.Clear();
            // Consecutive short calibrations are re-insertions of the short plug: averaged (ShortInsertions).
            int insertion = standard == CalStandard.Short ? _shortInsertions + 1 : 1;
            MeasurementStatus s = _calibrator.Run(MeasurementAnalysis.LegsOf(jack), standard, _cal, progress, insertion);
            _shortInsertions = standard == CalStandard.Short && s == MeasurementStatus.Ok ? insertion : 0;
            _store.Clear();
            CalibrationStatus.Update(_state, _cal, _clock, s == MeasurementStatus.Ok);
            return s;
        }

        /// <summary>
        /// Short-plug insertions a guided calibration asks for: consecutive <see cref="Calibrate"/> calls with
        /// <see cref="CalStandard.Short"/> average their raw ratios, so the short's contact scatter (2 mΩ per insertion,
        /// hardware/frontend.json) enters the calibration divided by √3 (docs/measurement.md §5.5).
        /// </summary>
        public const int ShortInsertions = 3;

        /// <summary>Short insertions averaged into the calibration so far (0 unless the last calibration call was a successful short).</summary>
        public int ShortInsertionsDone
        {
            get { return _shortInsertions; }
        }

        /// <summary>The last calibration capture that failed a guard, also when a retake recovered it (empty if none).</summary>
        public string CalibrationFailure
        {
            get { return _calibrator.LastFailure; }
        }

        /// <inheritdoc />
        public void ClearCalibration()
        {
            _shortInsertions = 0;
            _cal.Clear();
            CalibrationStatus.Update(_state, _cal, _clock, false);
        }

        /// <inheritdoc />
        public MeasurementResult Measure(JackType jack, IProgressSink progress)
        {
            _shortInsertions = 0;
            long start = _clock.Microseconds;
            Leg[] legs = MeasurementAnalysis.LegsOf(jack);
            _store.Clear();
            int total = legs.Length * (_plan.Count + 1);
            int done = 0;
            for (int i = 0; i < legs.Length; i++)
            {
                Report(progress, done++, total, legs[i], -1);
                if (!Listen((int)legs[i]))
                {
                    done += _plan.Count;
                    continue;
                }

                for (int fi = 0; fi < _plan.Count; fi++)
                {
                    Report(progress, done++, total, legs[i], fi);
                    _points.Acquire(_store, (int)legs[i], fi);
                }
            }

            _runner.Safe();
            _last = MeasurementAnalysis.Analyze(_store, _reducer, jack, _plan, _cal, _fe);
            _last.CalibrationId = _state.CalibrationId;
            _last.DeviceMicroseconds = _clock.Microseconds - start;
            _lastJack = jack;
            if (progress != null)
            {
                progress.Report(100, "done");
            }

            return _last;
        }

        /// <inheritdoc />
        public ZoutPoint MeasurePoint(Leg leg, int frequencyMilliHertz, IProgressSink progress)
        {
            _shortInsertions = 0;
            int fi = _plan.IndexNearest(frequencyMilliHertz, _runner.StepMicroseconds);
            _store.Clear();
            Report(progress, 0, 2, leg, -1);
            if (Listen((int)leg))
            {
                Report(progress, 1, 2, leg, fi);
                _points.Acquire(_store, (int)leg, fi);
            }

            _runner.Safe();
            LegResult lr = MeasurementAnalysis.AnalyzeLeg(_store, _reducer, (int)leg, _plan, _cal, _fe, new CaptureSummary(), new CaptureSummary());
            if (progress != null)
            {
                progress.Report(100, "done");
            }

            return lr.Points[fi];
        }

        /// <inheritdoc />
        public void WriteLastCapture(ILineWriter writer)
        {
            CaptureFileWriter.Write(writer, _store, _cal, _fe, _plan, _lastJack, _last);
        }

        /// <summary>The calibration as a versioned, CRC-32-protected record for IStore.</summary>
        public byte[] CalibrationToBytes()
        {
            return CalibrationCodec.ToBytes(_cal, _state, _plan);
        }

        /// <summary>Restores a calibration saved by <see cref="CalibrationToBytes"/>; false (and unchanged) if invalid or for another plan.</summary>
        public bool CalibrationFromBytes(byte[] data)
        {
            if (!CalibrationCodec.FromBytes(data, _cal, _state, _plan))
            {
                return false;
            }

            CalibrationStatus.Update(_state, _cal, _clock, false);
            return true;
        }

        /// <summary>
        /// Scheme (c)'s bring-up clock check (<see cref="StreamClockCheck"/>) on the generator alone; Aborted for the lock-step.
        /// Uses a store of its own, so the last measurement's captures (CAPT?) stay as they were.
        /// </summary>
        public MeasurementStatus CheckStreamClock(StreamClockCheck check)
        {
            if (_checkStore == null)
            {
                _checkStore = new CaptureStore(1, Periods(_plan.SamplesPerCapture, _plan.Steps[_plan.Count - 1]));
            }

            return check.Run(_runner, _reducer, _checkStore, _plan, _fe, _clock);
        }

        /// <summary>Periods of a capture of <paramref name="samples"/> samples at N = <paramref name="steps"/> (as <see cref="CaptureRunner.Take(CaptureStore, CaptureRole, int, int, int, int, int)"/> counts them).</summary>
        private static int Periods(int samples, int steps)
        {
            int periods = samples / steps;
            return periods < 1 ? 1 : periods;
        }

        /// <summary>
        /// Listen mode for a leg, before it is driven: the DC monitor record (the sense path is AC-coupled,
        /// so DC shows only there), then, if the DC is under the limit, the idle capture; true when the leg
        /// is free of DC and idle.
        /// </summary>
        private bool Listen(int leg)
        {
            int dc = _runner.TakeDcMonitor(_store, _dcMonitor, leg);
            if (dc < 0)
            {
                return false;
            }

            if (CaptureGuards.CheckDc(_store.Headers[dc], _fe, _cal) != MeasurementStatus.Ok)
            {
                return false;
            }

            int idle = _runner.Take(_store, CaptureRole.ListenIdle, leg, 0, _fe.IdleGainIndex, _plan.DefaultIndex, ListenIdleSamples);
            if (idle < 0)
            {
                return false;
            }

            return MeasurementAnalysis.ListenStatus(_store, _reducer, leg, _fe, _cal, _summary) == MeasurementStatus.Ok;
        }

        /// <summary>Progress: "L idle" for Listen (<paramref name="frequency"/> −1), else the point: "L N96" (lock-step table length) or "L 195Hz" (stream tone, whole Hz).</summary>
        private void Report(IProgressSink progress, int done, int total, Leg leg, int frequency)
        {
            if (progress == null)
            {
                return;
            }

            string point;
            if (frequency < 0)
            {
                point = " idle";
            }
            else if (_plan.IsStream)
            {
                point = " " + ((_plan.Cycles[frequency] * 1000000) / (_plan.Steps[frequency] * _plan.SampleMicroseconds)).ToString() + "Hz";
            }
            else
            {
                point = " N" + _plan.Steps[frequency].ToString();
            }

            progress.Report((done * 100) / total, LegNames.Short(leg) + point);
        }
    }
}
