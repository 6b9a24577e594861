namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Describes one capture held in a <see cref="CaptureStore"/>: where and how it was taken and
    /// its capture-wide statistics. The per-period accumulators live in the store's arrays from
    /// <see cref="FirstPeriod"/> for <see cref="Periods"/> entries.
    /// </summary>
    public sealed class CaptureHeader
    {
        /// <summary>Purpose of the capture.</summary>
        public CaptureRole Role;

        /// <summary>Leg (a <see cref="Measurement.Leg"/> value 0–5).</summary>
        public int Leg;

        /// <summary>Shunt range index.</summary>
        public int Range;

        /// <summary>Sense gain index.</summary>
        public int Gain;

        /// <summary>Samples per recorded period: the lock-step's sine-table length N; the stream's record length S.</summary>
        public int Steps;

        /// <summary>
        /// Tone periods per recorded period (1 for the lock-step; the stream records 10 ms of whole tone periods,
        /// sampled at many distinct phases: <see cref="Dsp.RecordReferences"/>).
        /// </summary>
        public int Cycles = 1;

        /// <summary>
        /// Phase-reference session: captures whose phasors are compared (loaded against unloaded) must share it.
        /// Always 0 for the lock-step (its phase reference is the step index); the stream starts a new session
        /// whenever the tone or the stream restarts.
        /// </summary>
        public int Session;

        /// <summary>Peak tone amplitude of this capture in tone DAC codes when it is not the plan's full tone (matched captures); 0 = full tone.</summary>
        public int ToneCodes;

        /// <summary>Whether the tone played (false: Listen captures, DAC held at mid-scale).</summary>
        public bool ToneOn;

        /// <summary>
        /// Whether the dither DAC stepped once per period; the capture-file field is kept, but the engine no
        /// longer dithers (always false: the DAC2 write stretched a tone step, docs/measurement.md §5.2).
        /// </summary>
        public bool Dither;

        /// <summary>Index of the first period in the store's arrays.</summary>
        public int FirstPeriod;

        /// <summary>Number of periods recorded (after the discarded settling periods).</summary>
        public int Periods;

        /// <summary>Σ of every recorded ADC code.</summary>
        public long SumCodes;

        /// <summary>Σ of the squares of every recorded ADC code.</summary>
        public long SumSquares;

        /// <summary>Smallest recorded ADC code.</summary>
        public int MinCode;

        /// <summary>Largest recorded ADC code.</summary>
        public int MaxCode;

        /// <summary>Copies every field from <paramref name="other"/> except the period range.</summary>
        public void CopyDescriptionFrom(CaptureHeader other)
        {
            Role = other.Role;
            Leg = other.Leg;
            Range = other.Range;
            Gain = other.Gain;
            Steps = other.Steps;
            Cycles = other.Cycles;
            Session = other.Session;
            ToneCodes = other.ToneCodes;
            ToneOn = other.ToneOn;
            Dither = other.Dither;
            SumCodes = other.SumCodes;
            SumSquares = other.SumSquares;
            MinCode = other.MinCode;
            MaxCode = other.MaxCode;
        }

        /// <summary>Samples in one recorded period (= <see cref="Steps"/>).</summary>
        public int SamplesPerPeriod
        {
            get { return Steps; }
        }

        /// <summary>Number of recorded samples (Periods × Steps).</summary>
        public int Samples
        {
            get { return Periods * Steps; }
        }
    }
}
