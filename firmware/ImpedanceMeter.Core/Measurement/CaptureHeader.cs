namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Describes one capture held in a <see cref="CaptureStore"/>: where and how it was taken and
    /// its capture-wide statistics. The per-period accumulators live in the store's arrays from
    /// <see cref="FirstPeriod"/> for <see cref="Periods"/> entries.
    /// </summary>
    /// <remarks>
    /// Heap: the nanoCLR gives every instance field a 12-byte heap block whatever its type (nf-interpreter
    /// CLR_RT_HeapBlock), and the stream engine keeps 88 headers, so the small fields are packed into three ints
    /// behind properties: 7 fields, 96 bytes per header on the device instead of 204 (docs/measurement.md, firmware/README.md).
    /// Limits: role, leg, range and gain 0–15; cycles 0–16 383; steps, tone codes, first period and periods 0–65 535;
    /// min and max codes −32 768…32 767, saturated (see <see cref="Holds"/>). Any other setter given more throws.
    /// </remarks>
    public sealed class CaptureHeader
    {
        /// <summary>Largest role, leg, range or gain index a header holds.</summary>
        public const int MaxIndex = 15;

        /// <summary>Largest tone-period count per record a header holds.</summary>
        public const int MaxCycles = 16383;

        /// <summary>Largest steps, tone codes, first period or period count a header holds.</summary>
        public const int MaxWord = 65535;

        // Bits 0–3 role, 4–7 leg, 8–11 range, 12–15 gain, 16 tone on, 17 dither, 18–31 cycles.
        private int _kind = 1 << 18;

        // Bits 0–15 steps, 16–31 tone codes.
        private int _shape;

        // Bits 0–15 first period, 16–31 periods.
        private int _span;

        // Bits 0–15 min code, 16–31 max code (both signed 16-bit).
        private int _codes;

        /// <summary>
        /// Phase-reference session: captures whose phasors are compared (loaded against unloaded) must share it.
        /// Always 0 for the lock-step (its phase reference is the step index); the stream starts a new session
        /// whenever the tone or the stream restarts.
        /// </summary>
        public int Session;

        /// <summary>Σ of every recorded ADC code.</summary>
        public long SumCodes;

        /// <summary>Σ of the squares of every recorded ADC code.</summary>
        public long SumSquares;

        /// <summary>Purpose of the capture.</summary>
        public CaptureRole Role
        {
            get { return (CaptureRole)(_kind & 0xF); }
            set { _kind = Put(_kind, (int)value, 0, 0xF); }
        }

        /// <summary>Leg (a <see cref="Measurement.Leg"/> value 0–5).</summary>
        public int Leg
        {
            get { return (_kind >> 4) & 0xF; }
            set { _kind = Put(_kind, value, 4, 0xF); }
        }

        /// <summary>Shunt range index.</summary>
        public int Range
        {
            get { return (_kind >> 8) & 0xF; }
            set { _kind = Put(_kind, value, 8, 0xF); }
        }

        /// <summary>Sense gain index.</summary>
        public int Gain
        {
            get { return (_kind >> 12) & 0xF; }
            set { _kind = Put(_kind, value, 12, 0xF); }
        }

        /// <summary>Whether the tone played (false: Listen captures, DAC held at mid-scale).</summary>
        public bool ToneOn
        {
            get { return ((_kind >> 16) & 1) != 0; }
            set { _kind = Put(_kind, value ? 1 : 0, 16, 1); }
        }

        /// <summary>
        /// Whether the dither DAC stepped once per period; the capture-file field is kept, but the engine no
        /// longer dithers (always false: the DAC2 write stretched a tone step, docs/measurement.md §5.2).
        /// </summary>
        public bool Dither
        {
            get { return ((_kind >> 17) & 1) != 0; }
            set { _kind = Put(_kind, value ? 1 : 0, 17, 1); }
        }

        /// <summary>
        /// Tone periods per recorded period (1 for the lock-step; the stream records 10 ms of whole tone periods,
        /// sampled at many distinct phases: <see cref="Dsp.RecordReferences"/>).
        /// </summary>
        public int Cycles
        {
            get { return (_kind >> 18) & MaxCycles; }
            set { _kind = Put(_kind, value, 18, MaxCycles); }
        }

        /// <summary>Samples per recorded period: the lock-step's sine-table length N; the stream's record length S.</summary>
        public int Steps
        {
            get { return _shape & MaxWord; }
            set { _shape = Put(_shape, value, 0, MaxWord); }
        }

        /// <summary>Peak tone amplitude of this capture in tone DAC codes when it is not the plan's full tone (matched captures); 0 = full tone.</summary>
        public int ToneCodes
        {
            get { return (_shape >> 16) & MaxWord; }
            set { _shape = Put(_shape, value, 16, MaxWord); }
        }

        /// <summary>Index of the first period in the store's arrays.</summary>
        public int FirstPeriod
        {
            get { return _span & MaxWord; }
            set { _span = Put(_span, value, 0, MaxWord); }
        }

        /// <summary>Number of periods recorded (after the discarded settling periods).</summary>
        public int Periods
        {
            get { return (_span >> 16) & MaxWord; }
            set { _span = Put(_span, value, 16, MaxWord); }
        }

        /// <summary>Smallest recorded ADC code.</summary>
        public int MinCode
        {
            get { return (short)(_codes & MaxWord); }
            set { _codes = (_codes & ~MaxWord) | (SignedWord(value) & MaxWord); }
        }

        /// <summary>Largest recorded ADC code.</summary>
        public int MaxCode
        {
            get { return _codes >> 16; }
            set { _codes = (_codes & MaxWord) | (SignedWord(value) << 16); }
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

        /// <summary>
        /// Whether a header can hold these values (a capture file's BLOCK record is checked with it before it is read
        /// into a header).
        /// </summary>
        public static bool Holds(int role, int leg, int range, int gain, int cycles, int steps, int toneCodes, int minCode, int maxCode)
        {
            return InRange(role, MaxIndex) && InRange(leg, MaxIndex) && InRange(range, MaxIndex) && InRange(gain, MaxIndex)
                && InRange(cycles, MaxCycles) && InRange(steps, MaxWord) && InRange(toneCodes, MaxWord)
                && minCode >= -32768 && minCode <= 32767 && maxCode >= -32768 && maxCode <= 32767;
        }

        /// <summary>Copies every field from <paramref name="other"/> except the period range.</summary>
        public void CopyDescriptionFrom(CaptureHeader other)
        {
            _kind = other._kind;
            _shape = other._shape;
            _codes = other._codes;
            Session = other.Session;
            SumCodes = other.SumCodes;
            SumSquares = other.SumSquares;
        }

        private static bool InRange(int value, int max)
        {
            return value >= 0 && value <= max;
        }

        private static int Put(int word, int value, int shift, int mask)
        {
            if (value < 0 || value > mask)
            {
                throw new System.ArgumentOutOfRangeException("value");
            }

            return (word & ~(mask << shift)) | (value << shift);
        }

        /// <summary>
        /// A code saturated to 16 bits: ADC codes are 0–4095, and a capture without a sample keeps its int.MaxValue /
        /// int.MinValue start values, which stay outside every code window after saturation.
        /// </summary>
        private static int SignedWord(int value)
        {
            return value < -32768 ? -32768 : (value > 32767 ? 32767 : value);
        }
    }
}
