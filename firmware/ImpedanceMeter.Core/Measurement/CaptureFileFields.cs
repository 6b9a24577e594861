namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>Field-level parsing of the FRONTEND, LIMITS, DCMON and BLOCK records of a capture file.</summary>
    public static class CaptureFileFields
    {
        /// <summary>Overwrites the constants present in a FRONTEND, LIMITS or DCMON record; absent keys keep their values.</summary>
        public static void ReadFrontEnd(string line, FrontEndConstants fe)
        {
            fe.ShuntMicroOhms = ListOr(line, "shunt_uohm", fe.ShuntMicroOhms);
            fe.SenseGains = ListOr(line, "gains", fe.SenseGains);
            fe.RangeUpperMicroOhms = ListOr(line, "range_upper_uohm", fe.RangeUpperMicroOhms);
            fe.ToneMidCode = IntOr(line, "tone_mid", fe.ToneMidCode);
            fe.ToneAmplitudeCodes = IntOr(line, "tone_amp", fe.ToneAmplitudeCodes);
            fe.ToneLevelPercent = IntOr(line, "tone_pct", fe.ToneLevelPercent);
            fe.GeneratorPeakMicroVolts = IntOr(line, "gen_peak_uv", fe.GeneratorPeakMicroVolts);
            fe.AdcMaxCode = IntOr(line, "adc_max", fe.AdcMaxCode);
            fe.AdcMicroVoltsPerCode = IntOr(line, "uv_per_code", fe.AdcMicroVoltsPerCode);
            fe.BiasMilliVolts = IntOr(line, "bias_mv", fe.BiasMilliVolts);
            fe.WindowMinMilliVolts = IntOr(line, "win_min_mv", fe.WindowMinMilliVolts);
            fe.WindowMaxMilliVolts = IntOr(line, "win_max_mv", fe.WindowMaxMilliVolts);
            fe.DitherRangeMilliVolts = IntOr(line, "dither_mv", fe.DitherRangeMilliVolts);
            fe.LoadStandardMicroOhms = IntOr(line, "load_uohm", fe.LoadStandardMicroOhms);
            fe.ShortStandardMicroOhms = IntOr(line, "short_std_uohm", fe.ShortStandardMicroOhms);
            fe.DcMonitorOffsetMilliVolts = IntOr(line, "dcmon_mv", fe.DcMonitorOffsetMilliVolts);
            fe.DcMonitorGainPpm = IntOr(line, "dcmon_gain_ppm", fe.DcMonitorGainPpm);
            fe.ShortBelowMicroOhms = IntOr(line, "short_uohm", fe.ShortBelowMicroOhms);
            fe.MutedAboveMicroOhms = IntOr(line, "muted_uohm", fe.MutedAboveMicroOhms);
            fe.IdleRmsLimitCodes = IntOr(line, "idle_rms_codes", fe.IdleRmsLimitCodes);
            fe.IdleToneLimitCodes = IntOr(line, "idle_tone_codes", fe.IdleToneLimitCodes);
            fe.IdleGainIndex = IntOr(line, "idle_gain", fe.IdleGainIndex);
            fe.BlockSpreadLimitPpm = IntOr(line, "spread_ppm", fe.BlockSpreadLimitPpm);
            fe.BlockJumpLimitPpm = IntOr(line, "jump_ppm", fe.BlockJumpLimitPpm);
            fe.AdcNoiseCodes = IntOr(line, "noise_codes", fe.AdcNoiseCodes);
            fe.MaxDcOffsetMicroVolts = IntOr(line, "max_dc_uv", fe.MaxDcOffsetMicroVolts);
            fe.SettleMicroseconds = IntOr(line, "settle_us", fe.SettleMicroseconds);
            fe.RelaySettleMilliseconds = IntOr(line, "relay_ms", fe.RelaySettleMilliseconds);
        }

        /// <summary>
        /// Fills a header's description and statistics from a BLOCK record (the period range is the store's); false, and
        /// the header untouched, if a value is outside what a header holds (<see cref="CaptureHeader.Holds"/>).
        /// </summary>
        public static bool ReadBlock(string line, CaptureHeader h)
        {
            int role = CaptureNames.ParseRole(CaptureFileReader.Field(line, "role"));
            int leg = CaptureFileReader.Int(line, "leg");
            int range = CaptureFileReader.Int(line, "range");
            int gain = CaptureFileReader.Int(line, "gain");
            int steps = CaptureFileReader.Int(line, "steps");
            int cycles = IntOr(line, "cycles", 1);
            int toneCodes = IntOr(line, "tone_codes", 0);
            int min = CaptureFileReader.Int(line, "min");
            int max = CaptureFileReader.Int(line, "max");
            if (!CaptureHeader.Holds(role, leg, range, gain, cycles, steps, toneCodes, min, max))
            {
                return false;
            }

            h.Role = (CaptureRole)role;
            h.Leg = leg;
            h.Range = range;
            h.Gain = gain;
            h.Steps = steps;
            h.ToneOn = CaptureFileReader.Int(line, "tone") != 0;
            h.Dither = CaptureFileReader.Int(line, "dither") != 0;
            long v;
            CaptureFileReader.Int64(line, "sum", out v);
            h.SumCodes = v;
            CaptureFileReader.Int64(line, "sumsq", out v);
            h.SumSquares = v;
            h.MinCode = min;
            h.MaxCode = max;
            h.Cycles = cycles;
            h.Session = IntOr(line, "session", 0);
            h.ToneCodes = toneCodes;
            return true;
        }

        /// <summary>The plan of a PLAN record; a stream plan when it carries <c>sample_us</c> (then <c>cycles</c> too); null if the lists disagree.</summary>
        public static SpotFrequencyPlan ReadPlan(string line)
        {
            int[] steps = CaptureFileReader.List(CaptureFileReader.Field(line, "steps"));
            int sampleMicros = IntOr(line, "sample_us", 0);
            if (sampleMicros <= 0)
            {
                return new SpotFrequencyPlan(steps, CaptureFileReader.Int(line, "default"), CaptureFileReader.Int(line, "samples"));
            }

            int[] cycles = CaptureFileReader.List(CaptureFileReader.Field(line, "cycles"));
            if (cycles.Length != steps.Length)
            {
                return null;
            }

            return new SpotFrequencyPlan(steps, cycles, CaptureFileReader.Int(line, "default"), CaptureFileReader.Int(line, "samples"), sampleMicros);
        }

        /// <summary>The integer field <paramref name="key"/> of a record, or <paramref name="fallback"/> when it is absent.</summary>
        public static int IntOr(string line, string key, int fallback)
        {
            long v;
            return CaptureFileReader.Int64(line, key, out v) ? (int)v : fallback;
        }

        private static int[] ListOr(string line, string key, int[] fallback)
        {
            string text = CaptureFileReader.Field(line, key);
            return text == null ? fallback : CaptureFileReader.List(text);
        }
    }
}
