using ImpedanceMeter.Core.Dsp;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Takes one capture: sets the fixture (leg, range, mode, gain), waits for the relays, runs
    /// the acquisition with settling periods, and keeps a running estimate of the step time (µs)
    /// for planning. Owns the sine tables of the spot-frequency plan. Two acquisitions: the
    /// lock-step (scheme a: DAC writes and ADC reads from the managed loop) or, with a stream plan,
    /// the hardware-timed tone and sample stream (scheme c, <see cref="StreamSession"/>).
    /// </summary>
    public sealed class CaptureRunner
    {
        private readonly IToneOutput _tone;
        private readonly IFixture _fixture;
        private readonly IClock _clock;
        private readonly Acquisition _acquisition;
        private readonly StreamSession _stream;
        private readonly SpotFrequencyPlan _plan;
        private readonly SineTable[] _toneLevels;
        private readonly RecordReferences[] _records;
        private readonly byte[] _matchedLevels;
        private readonly FrontEndConstants _fe;
        private readonly SineTable[] _tables;
        private readonly SineTable[] _reducedTables;
        private readonly int _gains;
        private readonly int[] _stepsList;
        private int _stepMicros;

        /// <summary>Creates the runner and builds one sine table per spot frequency.</summary>
        public CaptureRunner(IToneOutput tone, ISampler sampler, IDitherOutput dither, IFixture fixture, IClock clock, FrontEndConstants fe, SpotFrequencyPlan plan)
        {
            _tone = tone;
            _fixture = fixture;
            _clock = clock;
            _fe = fe;
            _plan = plan;
            // Longest capture: the gain-step captures of 2·SamplesPerCapture at the shortest table.
            _acquisition = new Acquisition(tone, sampler, dither, clock, (2 * plan.SamplesPerCapture) / MinRecordSamples(plan));
            _stepsList = plan.Steps;
            _tables = new SineTable[plan.Count];
            _gains = fe.SenseGains.Length;
            _reducedTables = new SineTable[plan.Count * _gains];
            for (int i = 0; i < plan.Count; i++)
            {
                _tables[i] = new SineTable(plan.Steps[i], fe.ToneMidCode, fe.PlayedToneCodes);
                for (int g = 1; g < _gains; g++)
                {
                    _reducedTables[(i * _gains) + g] = new SineTable(_tables[i], fe.ToneMidCode, ReducedAmplitude(fe, g));
                }
            }

            _stepMicros = SpotFrequencyPlan.NominalStepMicroseconds;
        }

        /// <summary>
        /// Creates the runner for a stream plan (scheme c): the tone comes from <paramref name="toneGenerator"/>
        /// (<see cref="SpotFrequencyPlan.StreamToneLevels"/> levels per period, reduced copies for the gain steps) and the
        /// samples from <paramref name="stream"/>, demodulated with record-long references.
        /// </summary>
        public CaptureRunner(IToneGenerator toneGenerator, ISampleStream stream, IFixture fixture, IClock clock, FrontEndConstants fe, SpotFrequencyPlan plan)
        {
            if (!plan.IsStream || stream.SampleMicroseconds != plan.SampleMicroseconds)
            {
                throw new System.ArgumentException("the plan must be a stream plan at the stream's sample interval");
            }

            _fixture = fixture;
            _clock = clock;
            _fe = fe;
            _plan = plan;
            int maxRecord = 0;
            for (int i = 0; i < plan.Count; i++)
            {
                maxRecord = plan.RecordSamples(i) > maxRecord ? plan.RecordSamples(i) : maxRecord;
            }

            _stream = new StreamSession(toneGenerator, stream, clock, maxRecord, (2 * plan.SamplesPerCapture) / MinRecordSamples(plan));
            _stepsList = plan.Steps;
            _gains = fe.SenseGains.Length;
            _records = new RecordReferences[plan.Count];
            for (int i = 0; i < plan.Count; i++)
            {
                _records[i] = new RecordReferences(plan.Steps[i], plan.Cycles[i]);
            }

            _toneLevels = new SineTable[_gains];
            _toneLevels[0] = new SineTable(SpotFrequencyPlan.StreamToneLevels, fe.ToneMidCode, fe.PlayedToneCodes);
            for (int g = 1; g < _gains; g++)
            {
                _toneLevels[g] = new SineTable(_toneLevels[0], fe.ToneMidCode, ReducedAmplitude(fe, g));
            }

            _matchedLevels = new byte[SpotFrequencyPlan.StreamToneLevels];
            _stepMicros = plan.SampleMicroseconds;
        }

        /// <summary>Whether captures come from the hardware-timed stream (scheme c).</summary>
        public bool IsStream
        {
            get { return _stream != null; }
        }

        /// <summary>The current phase-reference session (always 0 for the lock-step, whose reference is the step index).</summary>
        public int Session
        {
            get { return _stream != null ? _stream.Id : 0; }
        }

        /// <summary>Tone scaled by G0/Gg so that gain g sees the full-scale amplitude (23 and 6 codes for 30/120/480 at a 90-code tone).</summary>
        public static int ReducedAmplitude(FrontEndConstants fe, int g)
        {
            int amplitude = ((fe.PlayedToneCodes * fe.SenseGains[0]) + (fe.SenseGains[g] / 2)) / fe.SenseGains[g];
            return amplitude < 1 ? 1 : amplitude;
        }

        /// <summary>Samples of the shortest recorded period of the plan.</summary>
        private static int MinRecordSamples(SpotFrequencyPlan plan)
        {
            int min = plan.RecordSamples(0);
            for (int i = 1; i < plan.Count; i++)
            {
                min = plan.RecordSamples(i) < min ? plan.RecordSamples(i) : min;
            }

            return min;
        }

        /// <summary>Latest measured cost of one lock-step (DAC write + ADC read), µs; the sample interval for a stream plan.</summary>
        public int StepMicroseconds
        {
            get { return _stepMicros; }
        }

        /// <summary>
        /// Reserves and takes a capture in <paramref name="store"/>; returns its index, or −1 if the store is full.
        /// Listen roles play no tone and no dither; the others play the tone with dither.
        /// </summary>
        public int Take(CaptureStore store, CaptureRole role, int leg, int range, int gain, int frequency, int samples)
        {
            return Take(store, role, leg, range, gain, frequency, samples, 0);
        }

        /// <summary>
        /// As <see cref="Take(CaptureStore, CaptureRole, int, int, int, int, int)"/>, with the tone reduced by
        /// G0/G(<paramref name="toneForGain"/>) (0 = full tone): used to measure gain-step ratios on the
        /// generator itself, the same waveform seen at two adjacent gains.
        /// </summary>
        public int Take(CaptureStore store, CaptureRole role, int leg, int range, int gain, int frequency, int samples, int toneForGain)
        {
            if (_stream != null)
            {
                return TakeStream(store, role, leg, range, gain, frequency, samples, toneForGain);
            }

            SineTable table = toneForGain == 0 ? _tables[frequency] : _reducedTables[(frequency * _gains) + toneForGain];
            int index = Reserve(store, role, leg, range, gain, table.Steps, 1, samples / table.Steps);
            if (index < 0)
            {
                return -1;
            }

            CaptureHeader h = store.Headers[index];
            bool listen = !h.ToneOn;

            if (listen)
            {
                // Silence first: switching with the tone still on leaves the leg's coupling charged (sim finding E3).
                Silence();
            }

            _fixture.SelectLeg(leg);
            _fixture.SelectRange(range);
            _fixture.SetMode(listen ? FixtureMode.Listen : (role == CaptureRole.Unloaded ? FixtureMode.Unloaded : FixtureMode.Loaded));
            _fixture.SelectGain(gain);

            _clock.Sleep(_fixture.SettleMilliseconds);
            long periodMicros = (long)_stepMicros * table.Steps;
            int settle = (int)((_fe.SettleMicroseconds + periodMicros - 1) / periodMicros);
            _acquisition.Run(store, h, table, settle < 1 ? 1 : settle);
            int median = MedianStep(store, h);
            if (median > 0)
            {
                _stepMicros = median;
            }

            return index;
        }

        /// <summary>
        /// Stream only: a <see cref="CaptureRole.MatchedUnloaded"/> capture of <paramref name="samples"/> samples — unloaded
        /// mode on <paramref name="range"/> at <paramref name="gain"/>, the tone at <paramref name="toneCodes"/> peak codes (its own
        /// session: only its magnitude is used). Returns its index, or −1 if the store is full.
        /// </summary>
        public int TakeMatched(CaptureStore store, int leg, int range, int gain, int frequency, int samples, int toneCodes)
        {
            SineTable.FillCodes(_matchedLevels, _matchedLevels.Length, _fe.ToneMidCode, toneCodes);
            int index = TakeStream(store, CaptureRole.MatchedUnloaded, leg, range, gain, frequency, samples, -1);
            if (index >= 0)
            {
                store.Headers[index].ToneCodes = toneCodes;
            }

            return index;
        }

        /// <summary>The stream version of <see cref="Take(CaptureStore, CaptureRole, int, int, int, int, int, int)"/>: same header, tone and fixture rules.</summary>
        private int TakeStream(CaptureStore store, CaptureRole role, int leg, int range, int gain, int frequency, int samples, int toneForGain)
        {
            RecordReferences references = _records[frequency];
            int index = Reserve(store, role, leg, range, gain, references.Samples, _plan.Cycles[frequency], samples / references.Samples);
            if (index < 0)
            {
                return -1;
            }

            CaptureHeader h = store.Headers[index];
            bool listen = !h.ToneOn;
            // Silence before switching to Listen (finding E3); otherwise start the tone before the relays move.
            // toneForGain −1: the matched levels just refilled (a restart even if the array is the one playing).
            byte[] levels = listen ? null : (toneForGain < 0 ? _matchedLevels : _toneLevels[toneForGain].DacCodes);
            bool toneStarted = _stream.Prepare(levels, _plan.TonePeriodMicroseconds(frequency), toneForGain < 0);
            _fixture.SelectLeg(leg);
            _fixture.SelectRange(range);
            _fixture.SetMode(listen ? FixtureMode.Listen : (role == CaptureRole.Unloaded || role == CaptureRole.MatchedUnloaded ? FixtureMode.Unloaded : FixtureMode.Loaded));
            _fixture.SelectGain(gain);
            // A tone start (generator high-pass, 2200 µF loop) settles for the front end's full time; a fixture switch alone for the plan's.
            int settle = toneStarted || _plan.SettleMicroseconds <= 0 ? _fe.SettleMicroseconds : _plan.SettleMicroseconds;
            _stream.Run(store, h, references, (_fixture.SettleMilliseconds * 1000) + settle);
            return index;
        }

        /// <summary>
        /// Reserves a capture of <paramref name="periods"/> (at least 1) periods and describes it: Listen roles without
        /// tone, never dither (writing DAC2 inside a capture stretches a lock-step tone step, docs/measurement.md §5.2),
        /// session 0 (the stream's session is set when it runs), full tone. Returns its index, or −1 when the store is full.
        /// </summary>
        private static int Reserve(CaptureStore store, CaptureRole role, int leg, int range, int gain, int steps, int cycles, int periods)
        {
            int index = store.Reserve(periods < 1 ? 1 : periods);
            if (index < 0)
            {
                return -1;
            }

            CaptureHeader h = store.Headers[index];
            h.Role = role;
            h.Leg = leg;
            h.Range = range;
            h.Gain = gain;
            h.Steps = steps;
            h.Cycles = cycles;
            h.Session = 0;
            h.ToneCodes = 0;
            h.ToneOn = role != CaptureRole.ListenDc && role != CaptureRole.ListenIdle;
            h.Dither = false;
            return index;
        }

        /// <summary>
        /// Records the DC monitor for <paramref name="leg"/> as a one-period ListenDc capture (Steps = reads,
        /// SumCodes/SumSquares/Min/Max over the codes, no phasor); returns its index or −1 when the store is full.
        /// Tone silent, leg selected in Listen mode, then the relay settle plus
        /// <see cref="FrontEndConstants.DcMonitorSettleMilliseconds"/> for the monitor's 4.8 Hz low-pass.
        /// </summary>
        public int TakeDcMonitor(CaptureStore store, IDcMonitor monitor, int leg)
        {
            int index = Reserve(store, CaptureRole.ListenDc, leg, 0, 0, _fe.DcMonitorReads, 1, 1);
            if (index < 0)
            {
                return -1;
            }

            CaptureHeader h = store.Headers[index];
            Silence();
            _fixture.SelectLeg(leg);
            _fixture.SelectRange(0);
            _fixture.SetMode(FixtureMode.Listen);
            _fixture.SelectGain(0);
            _clock.Sleep(_fixture.SettleMilliseconds + _fe.DcMonitorSettleMilliseconds);
            long start = _clock.Microseconds;
            long sum = 0;
            long squares = 0;
            int min = int.MaxValue;
            int max = int.MinValue;
            for (int i = 0; i < h.Steps; i++)
            {
                int code = monitor.Read();
                sum += code;
                squares += (long)code * code;
                min = code < min ? code : min;
                max = code > max ? code : max;
            }

            h.SumCodes = sum;
            h.SumSquares = squares;
            h.MinCode = min;
            h.MaxCode = max;
            store.PeriodCos[h.FirstPeriod] = 0;
            store.PeriodSin[h.FirstPeriod] = 0;
            store.PeriodMicros[h.FirstPeriod] = (int)(_clock.Microseconds - start);
            return index;
        }

        /// <summary>Leaves the front end safe: tone silent, fixture in its safe state.</summary>
        public void Safe()
        {
            Silence();
            _fixture.Safe();
        }

        /// <summary>Silences the tone; with the stream, also stops the stream (the DC monitor's ADC1 reads need the ADC).</summary>
        private void Silence()
        {
            if (_stream != null)
            {
                _stream.Stop();
            }
            else
            {
                _tone.Silence();
            }
        }

        private static int MedianStep(CaptureStore store, CaptureHeader h)
        {
            // Middle period of the capture as a cheap estimate (no sort needed for planning).
            int micros = store.PeriodMicros[h.FirstPeriod + (h.Periods / 2)];
            return micros / h.Steps;
        }
    }
}
