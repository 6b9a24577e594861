using ImpedanceMeter.Core.Dsp;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Checks on reduced captures that turn a would-be number into a <see cref="MeasurementStatus"/>:
    /// DC offset (from the DC monitor) and idleness in Listen mode, clipping / leaving the ADC window, and consistency
    /// between the blocks of one capture (a jump = unplugged, a spread = not idle).
    /// </summary>
    public static class CaptureGuards
    {
        /// <summary>Smallest block-to-block change, ADC codes peak, that can count as an unplug (≈ 6 % of the unloaded tone).</summary>
        public const int MinJumpCodes = 64;

        /// <summary>
        /// DC level at the selected leg, µV (signed), from <paramref name="reads"/> DC monitor codes summing to
        /// <paramref name="sumCodes"/>: (mean code × µV/code − monitor offset) / monitor gain (frontend.json dc_monitor).
        /// </summary>
        public static long DcMonitorMicroVolts(long sumCodes, int reads, FrontEndConstants fe)
        {
            if (reads <= 0)
            {
                return 0;
            }

            // Σcode ≤ 2^16·4095 and µV/code < 2^10 keep every product below 2^63.
            long monitorMicroVolts = ((sumCodes * fe.AdcMicroVoltsPerCode) / reads) - (fe.DcMonitorOffsetMilliVolts * 1000L);
            return (monitorMicroVolts * 1000000L) / fe.DcMonitorGainPpm;
        }

        /// <summary><see cref="MeasurementStatus.DcOffset"/> when |<paramref name="legMicroVolts"/>| reaches the limit, else Ok.</summary>
        public static MeasurementStatus CheckDcMicroVolts(long legMicroVolts, FrontEndConstants fe)
        {
            return FixedMath.Abs(legMicroVolts) >= fe.MaxDcOffsetMicroVolts ? MeasurementStatus.DcOffset : MeasurementStatus.Ok;
        }

        /// <summary>
        /// DC level at the leg, µV (signed), relative to a measured monitor zero: (mean code − mean zero code) ×
        /// nominal µV/code / monitor gain. The ADC's offset and the monitor's own offset cancel; the ADC's gain
        /// error (±6 %) only scales the result, so the limit holds to ±6 % of itself (docs/measurement.md H4).
        /// </summary>
        public static long DcMonitorMicroVoltsFromZero(long sumCodes, int reads, long zeroSumCodes, int zeroReads, FrontEndConstants fe)
        {
            if (reads <= 0 || zeroReads <= 0)
            {
                return 0;
            }

            // Both means in µV at the monitor (products below 2^63 as above), then their difference.
            long monitorMicroVolts = ((sumCodes * fe.AdcMicroVoltsPerCode) / reads) - ((zeroSumCodes * fe.AdcMicroVoltsPerCode) / zeroReads);
            return (monitorMicroVolts * 1000000L) / fe.DcMonitorGainPpm;
        }

        /// <summary>
        /// The DC guard on a DC monitor record with the nominal zero (no calibration); see
        /// <see cref="CheckDc(CaptureHeader, FrontEndConstants, OslCalibration)"/>.
        /// </summary>
        public static MeasurementStatus CheckDc(CaptureHeader h, FrontEndConstants fe)
        {
            return CheckDc(h, fe, null);
        }

        /// <summary>
        /// The DC guard on a DC monitor record (role ListenDc: Steps reads, SumCodes their sum):
        /// <see cref="MeasurementStatus.DcOffset"/> when a read pinned at 0 or full scale (the level is
        /// beyond what the monitor can show) or the mean level at the leg reaches the limit in either polarity.
        /// The level is taken against the leg's zero measured at calibration (<paramref name="cal"/>, open standard)
        /// when there is one; without a calibration, or a zero for the leg, it falls back to the nominal monitor
        /// offset and ADC scale, whose uncertainty (up to ~±240 mV at the leg) exceeds the limit (H4).
        /// </summary>
        public static MeasurementStatus CheckDc(CaptureHeader h, FrontEndConstants fe, OslCalibration cal)
        {
            if (h.Samples > 0 && (h.MinCode <= 0 || h.MaxCode >= fe.AdcMaxCode))
            {
                return MeasurementStatus.DcOffset;
            }

            if (cal != null && cal.HasDcZero(h.Leg))
            {
                return CheckDcMicroVolts(DcMonitorMicroVoltsFromZero(h.SumCodes, h.Samples, cal.DcZeroSumCodes[h.Leg], cal.DcZeroReads[h.Leg], fe), fe);
            }

            return CheckDcMicroVolts(DcMonitorMicroVolts(h.SumCodes, h.Samples, fe), fe);
        }

        /// <summary>
        /// Idleness from a Listen capture with the tone silent: <see cref="MeasurementStatus.NotIdle"/>
        /// if it clipped, if its broadband RMS or its amplitude at the tone frequency exceed the limits.
        /// </summary>
        public static MeasurementStatus CheckIdle(CaptureSummary idle, FrontEndConstants fe)
        {
            if (OutsideWindow(idle, fe))
            {
                return MeasurementStatus.NotIdle;
            }

            long rmsLimit = fe.IdleRmsLimitCodes;
            if (idle.VarianceCodes2 >= rmsLimit * rmsLimit)
            {
                return MeasurementStatus.NotIdle;
            }

            long toneLimitQ16 = (long)fe.IdleToneLimitCodes << 16;
            return ComplexMath.Magnitude(idle.ReQ16, idle.ImQ16) >= toneLimitQ16 ? MeasurementStatus.NotIdle : MeasurementStatus.Ok;
        }

        /// <summary>True when any recorded code left the ADC's accurate window (or hit 0 / full scale).</summary>
        public static bool OutsideWindow(CaptureSummary s, FrontEndConstants fe)
        {
            return s.MinCode < fe.WindowMinCode || s.MaxCode > fe.WindowMaxCode || s.MinCode <= 0 || s.MaxCode >= fe.AdcMaxCode;
        }

        /// <summary>
        /// Consistency of a loaded capture's blocks. <see cref="MeasurementStatus.Unplugged"/> if the
        /// first and last blocks differ by more than the jump limit and by at least <see cref="MinJumpCodes"/>; <see cref="MeasurementStatus.NotIdle"/>
        /// if any block departs from the whole-capture phasor by more than the spread limit plus a
        /// 6σ allowance for ADC noise (σ_block ≈ noise·√(2/samples_per_block) codes).
        /// <paramref name="samplesPerPeriod"/> is the capture's <see cref="CaptureHeader.SamplesPerPeriod"/>.
        /// </summary>
        public static MeasurementStatus CheckBlocks(CaptureSummary s, int samplesPerPeriod, FrontEndConstants fe)
        {
            if (s.Blocks < 2 || s.AcceptedPeriods == 0)
            {
                return MeasurementStatus.Ok;
            }

            long whole = ComplexMath.Magnitude(s.ReQ16, s.ImQ16);
            long first = ComplexMath.Magnitude(s.BlockReQ16[0], s.BlockImQ16[0]);
            long last = ComplexMath.Magnitude(s.BlockReQ16[s.Blocks - 1], s.BlockImQ16[s.Blocks - 1]);
            long jump = ComplexMath.Magnitude((long)s.BlockReQ16[0] - s.BlockReQ16[s.Blocks - 1], (long)s.BlockImQ16[0] - s.BlockImQ16[s.Blocks - 1]);
            long bigger = first > last ? first : last;
            // An unplug swings the level towards the unloaded tone (hundreds of codes); a tiny signal (a short
            // standard on the 33 Ω range, ~30 codes) can wobble by 30 % without anything having moved.
            if (bigger > 0 && jump * 1000000L > bigger * fe.BlockJumpLimitPpm && jump > ((long)MinJumpCodes << 16))
            {
                return MeasurementStatus.Unplugged;
            }

            if (whole == 0)
            {
                return MeasurementStatus.Ok;
            }

            // Noise allowance in Q16 codes: 6·σ·√(2/n) = √(72·σ²/n).
            long samplesPerBlock = ((long)s.AcceptedPeriods * samplesPerPeriod) / s.Blocks;
            long noiseQ16 = (long)FixedMath.Isqrt((ulong)((72L * fe.AdcNoiseCodes * fe.AdcNoiseCodes) << 32) / (ulong)samplesPerBlock);
            long allowed = ((whole * fe.BlockSpreadLimitPpm) / 1000000L) + noiseQ16;
            for (int b = 0; b < s.Blocks; b++)
            {
                long d = ComplexMath.Magnitude((long)s.BlockReQ16[b] - s.ReQ16, (long)s.BlockImQ16[b] - s.ImQ16);
                if (d > allowed)
                {
                    return MeasurementStatus.NotIdle;
                }
            }

            return MeasurementStatus.Ok;
        }
    }
}
