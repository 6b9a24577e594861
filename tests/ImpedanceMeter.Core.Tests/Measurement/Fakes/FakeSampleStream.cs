using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.Tests.Measurement.Fakes
{
    /// <summary>
    /// A sample stream of a known signal: code(j) = round(mid + ramp·j + amplitude·sin(2π·j/period + phase)), j the
    /// stream's sample index, exactly as a crystal-timed DMA stream would deliver it. Can report an overrun. Also the
    /// clock: the reader is <see cref="LagMicros"/> behind the stream's last delivered sample.
    /// </summary>
    public sealed class FakeSampleStream : ISampleStream, IClock
    {
        /// <summary>How far the reader runs behind the stream, µs (the clock reads sample time + this).</summary>
        public long LagMicros;

        /// <summary>Mean code.</summary>
        public double Mid = 1600;

        /// <summary>Tone amplitude, codes.</summary>
        public double Amplitude = 700;

        /// <summary>Tone period in samples (need not be whole).</summary>
        public double PeriodSamples = 8.2;

        /// <summary>Tone phase at sample 0, rad.</summary>
        public double Phase = 0.3;

        /// <summary>Baseline slope, codes per sample.</summary>
        public double Ramp;

        /// <summary>Read call after which Read reports lost samples (−1: never).</summary>
        public int OverrunAtRead = -1;

        /// <summary>Samples delivered since Start.</summary>
        public long Index;

        /// <summary>Read calls since Start.</summary>
        public int ReadCalls;

        /// <inheritdoc />
        public int SampleMicroseconds
        {
            get { return 125; }
        }

        /// <inheritdoc />
        public int RingSamples
        {
            get { return 960; }
        }

        /// <inheritdoc />
        public long Microseconds
        {
            get { return (Index * 125) + LagMicros; }
        }

        /// <inheritdoc />
        public void Sleep(int milliseconds)
        {
        }

        /// <inheritdoc />
        public void Start()
        {
            Index = 0;
            ReadCalls = 0;
        }

        /// <inheritdoc />
        public bool Read(int[] buffer, int count)
        {
            for (int i = 0; i < count; i++)
            {
                double j = Index++;
                buffer[i] = (int)System.Math.Round(Mid + (Ramp * j) + (Amplitude * System.Math.Sin((2 * System.Math.PI * j / PeriodSamples) + Phase)));
            }

            ReadCalls++;
            return OverrunAtRead < 0 || ReadCalls < OverrunAtRead;
        }

        /// <inheritdoc />
        public void Stop()
        {
        }
    }
}
