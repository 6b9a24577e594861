using System;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.Tests.Measurement.Fakes
{
    /// <summary>
    /// A deterministic stand-in for the front end, implementing every port the engine uses.
    /// Ideal 8-bit tone DAC (±100 codes = ±30 mV at the meter node) → generator impedance
    /// (shunt + a series path the engine does not know) → the plug on the selected leg → sense gain
    /// (with per-gain errors) → ideal 12-bit ADC (0.806 mV/code, bias 1.30 V) with LCG noise.
    /// A capacitor-coupled plug is an LTI first-order filter (bilinear transform at the step time),
    /// so the detector sees exactly H(e^jθ). The clock advances a fixed time per DAC write and ADC read.
    /// </summary>
    public sealed class FakeBench : IToneOutput, ISampler, IDitherOutput, IFixture, IClock, IDcMonitor
    {
        /// <summary>Shunt per range, Ω (true values, 0.1 % off nominal to exercise OSL).</summary>
        public double[] Shunts = { 1.001, 9.99, 33.02 };

        /// <summary>Relay + trace + plug resistance in series with the source, Ω (OSL removes it).</summary>
        public double SeriesPathOhms = 0.05;

        /// <summary>Actual sense gains (nominal 30/120/480 with errors the gain-ratio calibration must remove).</summary>
        public double[] Gains = { 30.3, 119.0, 484.0 };

        /// <summary>Generator open-circuit peak, V, at DAC ±100 codes.</summary>
        public double GeneratorPeakVolts = 0.030;

        /// <summary>ADC noise, codes rms (approximately Gaussian: sum of 4 LCG uniforms).</summary>
        public double NoiseCodes = 1.0;

        /// <summary>Cost of one DAC write and of one ADC read, µs.</summary>
        public int CallMicros = 150;

        /// <summary>The plug on each leg (index = Leg value 0–5).</summary>
        public FakePlug[] Plugs = new FakePlug[6];

        /// <summary>After this many ADC reads, the selected leg's plug becomes open (−1 = never).</summary>
        public long UnplugAfterReads = -1;

        /// <summary>ADC reads so far.</summary>
        public long Reads;

        /// <summary>If set, every code returned by <see cref="Read"/> is also stored here (until full).</summary>
        public int[] Recorded;

        /// <summary>Entries of <see cref="Recorded"/> in use.</summary>
        public int RecordedCount;

        private long _micros = 1000000;
        private uint _lcg = 12345;
        private int _dac = 128;
        private int _dither = 128;
        private int _range;
        private int _leg;
        private int _gain;
        private FixtureMode _mode;
        private int _loadedReads;
        private double _state;
        private double _prevIn;

        /// <summary>Creates a bench with every leg open.</summary>
        public FakeBench()
        {
            for (int i = 0; i < Plugs.Length; i++)
            {
                Plugs[i] = FakePlug.OpenCircuit();
            }
        }

        /// <summary>Puts the same plug on every leg.</summary>
        public void PlugAll(FakePlug plug)
        {
            for (int i = 0; i < Plugs.Length; i++)
            {
                Plugs[i] = plug;
            }
        }

        /// <summary>Range last selected.</summary>
        public int Range
        {
            get { return _range; }
        }

        /// <inheritdoc />
        public void Write(int code)
        {
            _dac = code;
            _micros += CallMicros;
        }

        /// <inheritdoc />
        public void Silence()
        {
            _dac = 128;
        }

        void IDitherOutput.Write(int code)
        {
            _dither = code;
            DitherWrites++;
            if (DitherWrites == 1)
            {
                ReadsAtFirstDitherWrite = Reads;
            }
        }

        /// <summary>Number of dither DAC writes so far.</summary>
        public int DitherWrites;

        /// <summary>ADC reads done when the dither DAC was first written (−1 before).</summary>
        public long ReadsAtFirstDitherWrite = -1;

        /// <summary>The dither DAC code last written.</summary>
        public int DitherCode
        {
            get { return _dither; }
        }

        /// <summary>
        /// ≥ 0: after this many reads in the next Loaded-mode selection, one read stalls for
        /// <see cref="StallMicros"/> (a GC pause), once.
        /// </summary>
        public int StallAfterLoadedReads = -1;

        /// <summary>Length of the injected stall, µs.</summary>
        public int StallMicros = 8000;

        /// <inheritdoc />
        public int Read()
        {
            _micros += CallMicros;
            Reads++;
            if (_mode == FixtureMode.Loaded && StallAfterLoadedReads >= 0 && _loadedReads++ == StallAfterLoadedReads)
            {
                _micros += StallMicros;
                StallAfterLoadedReads = -1;
            }

            if (UnplugAfterReads >= 0 && Reads == UnplugAfterReads)
            {
                Plugs[_leg] = FakePlug.OpenCircuit();
            }

            double t = _micros * 1e-6;
            double gen = (_dac - 128) / 100.0 * GeneratorPeakVolts;
            FakePlug plug = Plugs[_leg];
            double sense;
            if (_mode == FixtureMode.Unloaded)
            {
                sense = gen;
            }
            else
            {
                double own = plug.Open ? 0 : (plug.InterferencePeakVolts * Math.Sin(2 * Math.PI * plug.InterferenceHz * t));
                sense = _mode == FixtureMode.Listen ? own : Loaded(gen, plug) + own;
            }

            double volts = 1.30 + (Gains[_gain] * sense) + ((_dither - 128) / 256.0 * 0.040);
            double code = (volts / 0.000806) + (Gaussian() * NoiseCodes);
            int c = (int)Math.Round(code);
            c = c < 0 ? 0 : (c > 4095 ? 4095 : c);
            if (Recorded != null && RecordedCount < Recorded.Length)
            {
                Recorded[RecordedCount++] = c;
            }

            return c;
        }

        /// <summary>≥ 0: every DC monitor read returns this code instead of the selected plug's DC.</summary>
        public int DcMonitorCode = -1;

        /// <summary>
        /// DC monitor (frontend.json dc_monitor): 1.298 V + 0.332 × the selected leg's DC, nominal ADC.
        /// The sense reads above carry no DC: the sense path is AC-coupled.
        /// </summary>
        int IDcMonitor.Read()
        {
            _micros += CallMicros;
            if (DcMonitorCode >= 0)
            {
                return DcMonitorCode;
            }

            FakePlug plug = Plugs[_leg];
            double dc = plug == null || plug.Open ? 0 : plug.DcVolts;
            double code = ((1.298 + (0.332 * dc)) / 0.000806) + (Gaussian() * NoiseCodes);
            int c = (int)Math.Round(code);
            return c < 0 ? 0 : (c > 4095 ? 4095 : c);
        }

        private double Loaded(double gen, FakePlug plug)
        {
            if (plug.Open)
            {
                return gen;
            }

            double zg = Shunts[_range];
            double r = plug.R + SeriesPathOhms;
            if (plug.C <= 0)
            {
                return gen * r / (zg + r);
            }

            // H(s) = (s·r·C + 1)/(s·(zg + r)·C + 1), bilinear at T = one step (write + read).
            double twoOverT = 2.0 / (2 * CallMicros * 1e-6);
            double a = r * plug.C * twoOverT;
            double b = (zg + r) * plug.C * twoOverT;
            // y[n] = ((a+1)x[n] + (1−a)x[n−1] − (1−b)y[n−1])/(b+1)
            double y = (((a + 1) * gen) + ((1 - a) * _prevIn) - ((1 - b) * _state)) / (b + 1);
            _prevIn = gen;
            _state = y;
            return y;
        }

        private double Gaussian()
        {
            double sum = 0;
            for (int i = 0; i < 4; i++)
            {
                _lcg = (_lcg * 1664525u) + 1013904223u;
                sum += (_lcg >> 8) / 16777216.0;
            }

            // Sum of 4 U(0,1): mean 2, variance 1/3.
            return (sum - 2.0) * Math.Sqrt(3.0);
        }

        /// <inheritdoc />
        public void SelectRange(int rangeIndex)
        {
            _range = rangeIndex;
        }

        /// <inheritdoc />
        public void SelectLeg(int leg)
        {
            _leg = leg;
        }

        /// <inheritdoc />
        public void SetMode(FixtureMode mode)
        {
            _mode = mode;
            _loadedReads = 0;
        }

        /// <inheritdoc />
        public void SelectGain(int gainIndex)
        {
            _gain = gainIndex;
        }

        /// <inheritdoc />
        public void Safe()
        {
            _mode = FixtureMode.Unloaded;
            _gain = 0;
        }

        /// <inheritdoc />
        public int SettleMilliseconds
        {
            get { return 5; }
        }

        /// <inheritdoc />
        public long Microseconds
        {
            get { return _micros; }
        }

        /// <inheritdoc />
        public void Sleep(int milliseconds)
        {
            _micros += milliseconds * 1000L;
        }
    }
}
