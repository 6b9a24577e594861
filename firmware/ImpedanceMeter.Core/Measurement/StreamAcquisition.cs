using ImpedanceMeter.Core.Dsp;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// The stream acquisition (scheme c): the tone runs on its own hardware timer (<see cref="IToneGenerator"/>)
    /// and the ADC is read as one continuous, crystal-timed sample stream (<see cref="ISampleStream"/>). Sample j
    /// of a session is demodulated against reference j mod N (N samples per tone period), so every capture of a
    /// session shares one phase reference, whatever the managed code did between them: GC pauses and call
    /// jitter delay only when the samples are processed, not when they were taken. A recorded period holds
    /// <c>cycles</c> whole tone periods (C·N samples, 10 ms in the default stream plan), whose duration is exact
    /// (C·N·Ts), so no period is ever rejected as stalled. The loop allocates nothing; the records are
    /// detrended afterwards exactly as the lock-step's (<see cref="Acquisition.Detrend(int[], int[], int, int, int[], bool, short[], short[], int)"/>).
    /// Integer sums: a record's Σ code·ref stays inside an int for C·N ≤ 96 at the window's codes, as in <see cref="SyncDetector"/>.
    /// </summary>
    public sealed class StreamAcquisition
    {
        private readonly ISampleStream _stream;
        private readonly int[] _buffer;
        private readonly int[] _periodSums;
        private bool _overrun;

        /// <summary>Creates the acquisition for records of up to <paramref name="maxRecordSamples"/> samples and captures of up to <paramref name="maxPeriods"/> records.</summary>
        public StreamAcquisition(ISampleStream stream, int maxRecordSamples, int maxPeriods)
        {
            _stream = stream;
            _buffer = new int[maxRecordSamples];
            _periodSums = new int[maxPeriods + 1];
        }

        /// <summary>Interval between stream samples, µs.</summary>
        public int SampleMicroseconds
        {
            get { return _stream.SampleMicroseconds; }
        }

        /// <summary>True when a read since the last <see cref="ClearOverrun"/> reported lost samples (the session's phase is gone).</summary>
        public bool Overrun
        {
            get { return _overrun; }
        }

        /// <summary>Forgets a reported overrun (the caller restarted the stream).</summary>
        public void ClearOverrun()
        {
            _overrun = false;
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
                if (!_stream.Read(_buffer, recordSamples))
                {
                    _overrun = true;
                }
            }
        }

        /// <summary>
        /// Discards <paramref name="settleRecords"/> records, then fills the periods reserved for <paramref name="header"/>
        /// (Steps = N samples per tone period, Cycles = tone periods per record) from the stream.
        /// </summary>
        public void Run(CaptureStore store, CaptureHeader header, SineTable references, int settleRecords)
        {
            int steps = references.Steps;
            int cycles = header.Cycles;
            int recordSamples = steps * cycles;
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
                if (!_stream.Read(buffer, recordSamples))
                {
                    _overrun = true;
                }

                int ic = 0;
                int qs = 0;
                int periodSum = 0;
                long periodSquares = 0;
                int j = 0;
                int rmin = int.MaxValue;
                int rmax = int.MinValue;
                for (int c = 0; c < cycles; c++)
                {
                    for (int k = 0; k < steps; k++)
                    {
                        int x = buffer[j++];
                        ic += x * cos[k];
                        qs += x * sin[k];
                        periodSum += x;
                        periodSquares += x * x;
                        rmin = x < rmin ? x : rmin;
                        rmax = x > rmax ? x : rmax;
                    }
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
            Acquisition.Detrend(outCos, outSin, first, total, sums, settleRecords > 0, cos, sin, cycles);
        }
    }
}
