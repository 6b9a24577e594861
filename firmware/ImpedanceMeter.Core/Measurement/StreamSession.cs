using ImpedanceMeter.Core.Dsp;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Keeps the hardware-timed tone and the sample stream of scheme (c) running between captures and
    /// numbers their phase-reference sessions. A session lasts while neither the tone nor the stream
    /// restarts: captures of one session share the stream's sample count as phase reference, so their
    /// phasors can be divided (loaded over unloaded). A new tone (another frequency or level, or silence),
    /// a restarted stream or lost samples (DMA overrun) start a new session; a capture that saw lost samples
    /// gets a session of its own, so it pairs with nothing and its point reads Aborted instead of a number.
    /// </summary>
    public sealed class StreamSession
    {
        private readonly IToneGenerator _tone;
        private readonly ISampleStream _stream;
        private readonly StreamAcquisition _acquisition;
        private byte[] _toneCodes;
        private int _tonePeriodMicros;
        private bool _streaming;
        private int _session;

        /// <summary>Creates the session keeper for records of up to <paramref name="maxRecordSamples"/> samples and captures of up to <paramref name="maxPeriods"/> records.</summary>
        public StreamSession(IToneGenerator tone, ISampleStream stream, IClock clock, int maxRecordSamples, int maxPeriods)
        {
            _tone = tone;
            _stream = stream;
            _acquisition = new StreamAcquisition(stream, clock, maxRecordSamples, maxPeriods);
        }

        /// <summary>The current session number (increases by one per restart).</summary>
        public int Id
        {
            get { return _session; }
        }

        /// <summary>
        /// Makes sure the tone plays <paramref name="toneCodes"/> (null: silent) every <paramref name="periodMicros"/> µs and
        /// the stream runs; restarts whichever differs (or the stream after an overrun) and then begins a new session.
        /// </summary>
        public void Prepare(byte[] toneCodes, int periodMicros)
        {
            Prepare(toneCodes, periodMicros, false);
        }

        /// <summary>
        /// As <see cref="Prepare(byte[], int)"/>; <paramref name="reload"/> restarts the tone even from the same array (its levels
        /// were refilled). Returns true when the tone (re)started, so the caller lets its start transient settle longer.
        /// </summary>
        public bool Prepare(byte[] toneCodes, int periodMicros, bool reload)
        {
            bool toneChanged = toneCodes != _toneCodes || (toneCodes != null && (reload || periodMicros != _tonePeriodMicros));
            bool streamDown = !_streaming || _acquisition.Overrun;
            if (!toneChanged && !streamDown)
            {
                return false;
            }

            if (toneChanged)
            {
                if (toneCodes == null)
                {
                    _tone.Stop();
                }
                else
                {
                    _tone.Start(toneCodes, periodMicros);
                }

                _toneCodes = toneCodes;
                _tonePeriodMicros = periodMicros;
            }

            if (streamDown)
            {
                if (_streaming)
                {
                    _stream.Stop();
                }

                _stream.Start();
                _streaming = true;
                _acquisition.StreamStarted();
            }

            _session++;
            return toneChanged;
        }

        /// <summary>
        /// Takes the capture described by <paramref name="header"/> in the current session after <paramref name="settleMicros"/> µs of
        /// discarded whole records (the relay and the front end settling; the stream is drained, not left to overflow).
        /// </summary>
        public void Run(CaptureStore store, CaptureHeader header, RecordReferences references, int settleMicros)
        {
            int recordMicros = references.Samples * _stream.SampleMicroseconds;
            int settleRecords = (settleMicros + recordMicros - 1) / recordMicros;
            header.Session = _session;
            _acquisition.Run(store, header, references, settleRecords < 1 ? 1 : settleRecords);
            if (_acquisition.Overrun)
            {
                // Lost samples: the phase is gone. A session number nothing else has; the next Prepare restarts the stream.
                _session++;
                header.Session = _session;
            }
        }

        /// <summary>Stops the stream, keeping the tone (ADC1 single reads, such as the DC monitor, need the ADC back).</summary>
        public void StopStream()
        {
            if (_streaming)
            {
                _stream.Stop();
                _streaming = false;
            }
        }

        /// <summary>Silences the tone and stops the stream.</summary>
        public void Stop()
        {
            if (_toneCodes != null)
            {
                _tone.Stop();
                _toneCodes = null;
            }

            StopStream();
        }
    }
}
