using ImpedanceMeter.Core.Dsp;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// The stream acquisition (scheme c): the tone runs on its own hardware timer (<see cref="IToneGenerator"/>)
    /// and the ADC is read as one continuous, crystal-timed sample stream (<see cref="ISampleStream"/>). Sample j
    /// of a session is demodulated against reference j mod S (S samples per record, read in whole records), so every capture of a
    /// session shares one phase reference, whatever the managed code did between them: GC pauses and call
    /// jitter delay only when the samples are processed, not when they were taken. A recorded period is one
    /// record: S samples holding C whole tone periods (<see cref="RecordReferences"/>, 10.25 ms in the stream plan),
    /// whose duration is exact (S·Ts), so no period is ever rejected as stalled. The loop allocates nothing; the
    /// records are detrended afterwards exactly as the lock-step's, with the record-long references
    /// (<see cref="Acquisition.Detrend"/>). Integer sums: the
    /// products wrap freely, the true Σ code·ref of a record is ≤ amplitude·S/2·2^14 (&lt; 2^31 for S ≤ 200 at the
    /// window's largest amplitude), so the wrapped int sum is exact.
    /// </summary>
    public sealed class StreamAcquisition
    {
        private readonly ISampleStream _stream;
        private readonly IClock _clock;
        private readonly int[] _buffer;
        private readonly int[] _periodSums;
        private bool _overrun;
        private long _startMicros;
        private long _consumed;

        /// <summary>
        /// Creates the acquisition for records of up to <paramref name="maxRecordSamples"/> samples and captures of up to
        /// <paramref name="maxPeriods"/> records; <paramref name="clock"/> checks the reader's lag behind the stream.
        /// </summary>
        public StreamAcquisition(ISampleStream stream, IClock clock, int maxRecordSamples, int maxPeriods)
        {
            _stream = stream;
            _clock = clock;
            _buffer = new int[maxRecordSamples];
            _periodSums = new int[maxPeriods + 1];
        }

        /// <summary>True when a read since the last <see cref="StreamStarted"/> reported lost samples (the session's phase is gone).</summary>
        public bool Overrun
        {
            get { return _overrun; }
        }

        /// <summary>Marks the stream's start (just called <see cref="ISampleStream.Start"/>): forgets a reported overrun and counts samples from 0.</summary>
        public void StreamStarted()
        {
            _overrun = false;
            _consumed = 0;
            _startMicros = _clock.Microseconds;
        }

        /// <summary>
        /// One read of <paramref name="count"/> samples. Lost samples are flagged if the adapter says so, or if the reader
        /// returned later than the stream's ring allows: sample n is taken n·Ts after the start, so a reader further than
        /// <see cref="ISampleStream.RingSamples"/> − count samples behind it may have found the oldest overwritten.
        /// </summary>
        private void ReadChecked(int count)
        {
            if (!_stream.Read(_buffer, count))
            {
                _overrun = true;
            }

            _consumed += count;
            long lag = _clock.Microseconds - _startMicros - (_consumed * _stream.SampleMicroseconds);
            if (lag > (long)(_stream.RingSamples - count) * _stream.SampleMicroseconds)
            {
                _overrun = true;
            }
        }

        /// <summary>
        /// Reads and discards <paramref name="records"/> records of <paramref name="recordSamples"/> samples
        /// (whole tone periods, so the phase reference of what follows is unchanged): the settle time after a
        /// fixture switch, spent draining the stream instead of sleeping so that the DMA ring never overflows.
        /// </summary>
        public void Skip(int records, int recordSamples)
        {
            for (int r = 0; r < records; r++)
            {
                ReadChecked(recordSamples);
            }
        }

        /// <summary>
        /// Discards <paramref name="settleRecords"/> records, then fills the periods reserved for <paramref name="header"/>
        /// (Steps = S samples per record, Cycles = C tone periods per record) from the stream.
        /// </summary>
        public void Run(CaptureStore store, CaptureHeader header, RecordReferences references, int settleRecords)
        {
            int recordSamples = references.Samples;
            short[] cos = references.CosQ14;
            short[] sin = references.SinQ14;
            int[] outCos = store.PeriodCos;
            int[] outSin = store.PeriodSin;
            int[] outMicros = store.PeriodMicros;
            int[] buffer = _buffer;
            int[] sums = _periodSums;
            int first = header.FirstPeriod;
            int total = header.Periods;
            if (recordSamples > buffer.Length || total + 1 > sums.Length)
            {
                throw new System.ArgumentException("capture larger than the stream acquisition's room");
            }

            int recordMicros = recordSamples * _stream.SampleMicroseconds;
            long sumCodes = 0;
            long sumSquares = 0;
            int min = int.MaxValue;
            int max = int.MinValue;
            for (int p = -settleRecords; p < total; p++)
            {
                ReadChecked(recordSamples);

                int ic = 0;
                int qs = 0;
                int periodSum = 0;
                long periodSquares = 0;
                int rmin = int.MaxValue;
                int rmax = int.MinValue;
                for (int j = 0; j < recordSamples; j++)
                {
                    int x = buffer[j];
                    ic += x * cos[j];
                    qs += x * sin[j];
                    periodSum += x;
                    periodSquares += x * x;
                    rmin = x < rmin ? x : rmin;
                    rmax = x > rmax ? x : rmax;
                }

                if (p >= -1)
                {
                    sums[p + 1] = periodSum;
                }

                if (p >= 0)
                {
                    outCos[first + p] = ic;
                    outSin[first + p] = qs;
                    outMicros[first + p] = recordMicros;
                    sumCodes += periodSum;
                    sumSquares += periodSquares;
                    min = rmin < min ? rmin : min;
                    max = rmax > max ? rmax : max;
                }
            }

            header.SumCodes = sumCodes;
            header.SumSquares = sumSquares;
            header.MinCode = min;
            header.MaxCode = max;
            Acquisition.Detrend(outCos, outSin, first, total, sums, settleRecords > 0, cos, sin);
        }
    }
}
