namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// The front-end values the firmware needs, in integer units. <see cref="Default"/> mirrors
    /// hardware/frontend.json (the single source: a host test compares the two); the guard
    /// thresholds below it are the engine's own and are cited in docs/measurement.md.
    /// </summary>
    public sealed class FrontEndConstants
    {
        /// <summary>Shunt (series) resistance per range, µΩ (frontend.json shunts[].ohms).</summary>
        public int[] ShuntMicroOhms;

        /// <summary>Sense amplifier gains per gain index, V/V (frontend.json sense.gains).</summary>
        public int[] SenseGains;

        /// <summary>Tone DAC mid-scale code (frontend.json tone_dac.midscale_code).</summary>
        public int ToneMidCode;

        /// <summary>Tone amplitude, DAC codes peak (frontend.json generator note: ±100 codes).</summary>
        public int ToneAmplitudeCodes;

        /// <summary>
        /// Share of <see cref="ToneAmplitudeCodes"/> the engine plays, percent (engine setting, 90): with
        /// the ADC's ±6 % gain error and the bias tolerance the full design level left no headroom (one
        /// simulated instrument read its unloaded tone up to code 3041 against the 3040 window edge).
        /// </summary>
        public int ToneLevelPercent;

        /// <summary>Generator open-circuit level at the meter node, µV peak (generator.open_circuit_peak_v).</summary>
        public int GeneratorPeakMicroVolts;

        /// <summary>ADC full-scale code (2^bits − 1; adc.bits = 12).</summary>
        public int AdcMaxCode;

        /// <summary>ADC step, µV per code at 12 dB (adc.nominal_mv_per_code = 0.806).</summary>
        public int AdcMicroVoltsPerCode;

        /// <summary>Sense bias at the ADC input, mV (sense.bias_v).</summary>
        public int BiasMilliVolts;

        /// <summary>Lower end of the ADC's accurate window, mV (adc.window_min_mv; datasheet: 150 mV).</summary>
        public int WindowMinMilliVolts;

        /// <summary>Upper end of the ADC's accurate window, mV (adc.window_max_mv; datasheet: 2450 mV).</summary>
        public int WindowMaxMilliVolts;

        /// <summary>Dither span at the ADC input, mV (dither.range_mv), reached over DAC2 codes 0–255.</summary>
        public int DitherRangeMilliVolts;

        /// <summary>Relay settle time, ms (relays.settle_ms).</summary>
        public int RelaySettleMilliseconds;

        /// <summary>Largest DC offset tolerated at a leg, µV (limits.max_dc_offset_v).</summary>
        public int MaxDcOffsetMicroVolts;

        /// <summary>
        /// Value of the load standard on every leg, µΩ. Not yet in frontend.json: 10 Ω (0.1 %),
        /// chosen to sit inside the middle range so each range sees 0.23 &lt; m &lt; 0.91.
        /// </summary>
        public int LoadStandardMicroOhms;

        /// <summary>
        /// Residual resistance of the short standard (the kit's shorting plug: its wiring between tip/ring and sleeve), µΩ:
        /// 1 mΩ, as the simulator's ShortStandardOhms. The OSL solution uses it instead of assuming a perfect short, which read
        /// every low-Z source 1 mΩ low (1–2 % at 0.05–0.1 Ω; docs/measurement.md §5.5). Capture files without it use 0.
        /// </summary>
        public int ShortStandardMicroOhms;

        /// <summary>
        /// Clock of the stream's PWM tone generator, ticks per µs: 80, the RMT on APB_CLK (ESP32 TRM, Reset and Clock
        /// chapter). Each level's high time is whole ticks of the divided clock, so the matched magnitudes use the levels it
        /// really plays (<see cref="Dsp.PwmToneLevels"/>). 0: levels exact (capture files without it).
        /// </summary>
        public int ToneClockTicksPerMicrosecond;

        /// <summary>
        /// Upper |Z| limit of each range for auto-ranging, µΩ: 0.3 Ω, 30 Ω, none. The 1 Ω range is kept for
        /// Z &lt; 0.3 Ω only: with the 10 Ω load its standards sit at m_L ≈ 0.91 next to m_o = 1, so a
        /// 0.1 % error in either becomes ~1 % in Z (∂lnZ/∂m_L ≈ −1/(m_o − m_L)); the 10 Ω range
        /// (m_L = 0.5) at gain 480 still gives ≥ 500 codes above 0.3 Ω.
        /// </summary>
        public int[] RangeUpperMicroOhms;

        /// <summary>|Z| below this reads as <see cref="MeasurementStatus.Short"/>, µΩ (10 mΩ, 1/5 of the 0.05 Ω spec floor).</summary>
        public int ShortBelowMicroOhms;

        /// <summary>|Z| above this reads as <see cref="MeasurementStatus.Muted"/>, µΩ (1 kΩ, ~7× the 150 Ω spec ceiling).</summary>
        public int MutedAboveMicroOhms;

        /// <summary>Listen mode, tone silent: broadband RMS above this many ADC codes (at gain index <see cref="IdleGainIndex"/>) means not idle.</summary>
        public int IdleRmsLimitCodes;

        /// <summary>Listen mode, tone silent: tone-frequency amplitude above this many ADC codes (peak) means not idle.</summary>
        public int IdleToneLimitCodes;

        /// <summary>Sense gain index used for the idle check.</summary>
        public int IdleGainIndex;

        /// <summary>Blocks of one capture disagreeing by more than this, ppm of |m|, mean the source is not idle.</summary>
        public int BlockSpreadLimitPpm;

        /// <summary>Blocks of one capture disagreeing by more than this, ppm of |m|, mean the source was unplugged (a jump).</summary>
        public int BlockJumpLimitPpm;

        /// <summary>ADC white noise, codes rms (adc.noise_lsb_rms); sets the noise allowance of the block-consistency check.</summary>
        public int AdcNoiseCodes;

        /// <summary>
        /// Extra settling before accumulation after any fixture change, µs (coupling transients; at 20 ms the
        /// simulator's first periods still left the ADC window on some instruments, at 60 ms none did).
        /// </summary>
        public int SettleMicroseconds;

        /// <summary>DC monitor output with 0 V at the selected input, mV (dc_monitor.offset_v = 1.298 V).</summary>
        public int DcMonitorOffsetMilliVolts;

        /// <summary>DC monitor gain from the selected input to GPIO39, ppm of 1 V/V (dc_monitor.gain = 0.332).</summary>
        public int DcMonitorGainPpm;

        /// <summary>
        /// Wait before reading the DC monitor after selecting a leg in Listen mode, ms (engine setting, 200):
        /// six time constants of the 4.8 Hz low-pass (τ = 33 ms), so a full-scale change of the input left
        /// behind by the previous leg decays to e^-6 ≈ 0.25 % (≤ 10 mV at the leg for a 4 V step, a tenth of the limit).
        /// </summary>
        public int DcMonitorSettleMilliseconds;

        /// <summary>DC monitor conversions averaged per leg (engine setting, 16: ADC noise 3 codes rms → 0.75 code ≈ 1.8 mV at the leg).</summary>
        public int DcMonitorReads;

        /// <summary>The values of hardware/frontend.json (version 1) and the engine's default thresholds.</summary>
        public static FrontEndConstants Default()
        {
            FrontEndConstants c = new FrontEndConstants();
            c.ShuntMicroOhms = Three(1000000, 10000000, 33000000);
            c.SenseGains = Three(30, 120, 480);
            c.ToneMidCode = 128;
            c.ToneAmplitudeCodes = 100;
            c.ToneLevelPercent = 90;
            c.GeneratorPeakMicroVolts = 30000;
            c.AdcMaxCode = 4095;
            c.AdcMicroVoltsPerCode = 806;
            c.BiasMilliVolts = 1300;
            c.WindowMinMilliVolts = 150;
            c.WindowMaxMilliVolts = 2450;
            c.DitherRangeMilliVolts = 40;
            c.RelaySettleMilliseconds = 5;
            c.MaxDcOffsetMicroVolts = 100000;
            c.LoadStandardMicroOhms = 10000000;
            c.ShortStandardMicroOhms = 1000;
            c.ToneClockTicksPerMicrosecond = 80;
            c.RangeUpperMicroOhms = Three(300000, 30000000, int.MaxValue);
            c.ShortBelowMicroOhms = 10000;
            c.MutedAboveMicroOhms = 1000000000;
            c.IdleRmsLimitCodes = 12;
            c.IdleToneLimitCodes = 2;
            c.IdleGainIndex = 1;
            c.BlockSpreadLimitPpm = 20000;
            c.BlockJumpLimitPpm = 300000;
            c.SettleMicroseconds = 60000;
            c.AdcNoiseCodes = 3;
            c.DcMonitorOffsetMilliVolts = 1298;
            c.DcMonitorGainPpm = 332000;
            c.DcMonitorSettleMilliseconds = 200;
            c.DcMonitorReads = 16;
            return c;
        }

        /// <summary>A three-element array (element stores: no array-initializer helper type on the device).</summary>
        public static int[] Three(int a, int b, int c)
        {
            int[] v = new int[3];
            v[0] = a;
            v[1] = b;
            v[2] = c;
            return v;
        }

        /// <summary>Peak DAC codes of the tone the engine plays: <see cref="ToneAmplitudeCodes"/>·<see cref="ToneLevelPercent"/>/100.</summary>
        public int PlayedToneCodes
        {
            get { return ((ToneAmplitudeCodes * ToneLevelPercent) + 50) / 100; }
        }

        /// <summary>ADC code of a level in mV at the ADC input (nominal scale).</summary>
        public int CodeOfMilliVolts(int milliVolts)
        {
            return (int)(((long)milliVolts * 1000 + (AdcMicroVoltsPerCode / 2)) / AdcMicroVoltsPerCode);
        }

        /// <summary>Lowest ADC code inside the accurate window.</summary>
        public int WindowMinCode
        {
            get { return CodeOfMilliVolts(WindowMinMilliVolts); }
        }

        /// <summary>Highest ADC code inside the accurate window.</summary>
        public int WindowMaxCode
        {
            get { return CodeOfMilliVolts(WindowMaxMilliVolts); }
        }

        /// <summary>ADC code of the sense bias (the signal's centre).</summary>
        public int BiasCode
        {
            get { return CodeOfMilliVolts(BiasMilliVolts); }
        }

        /// <summary>
        /// Largest tone amplitude (codes, peak) that stays in the window with the dither span and
        /// a 10 % margin for the ADC's ±6 % gain error: 0.9·(min distance bias→window edge) − dither span.
        /// </summary>
        public int MaxToneAmplitudeCodes
        {
            get
            {
                int below = BiasCode - WindowMinCode;
                int above = WindowMaxCode - BiasCode;
                int head = below < above ? below : above;
                return ((head * 9) / 10) - CodeOfMilliVolts(DitherRangeMilliVolts);
            }
        }
    }
}
