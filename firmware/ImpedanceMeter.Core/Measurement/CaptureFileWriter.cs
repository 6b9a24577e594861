using ImpedanceMeter.Core.Storage;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Writes the last measurement as a capture file (docs/capture-format.md, version 1): front-end
    /// constants and guard limits, the plan, the calibration (raw standard ratios, gain-step
    /// ratios and DC monitor zeros), every capture with its per-period accumulators, the device's results, and a CRC-32
    /// of every byte before the END line. Everything <see cref="CaptureAnalyzer"/> needs to
    /// recompute the results bit-exactly.
    /// </summary>
    public sealed class CaptureFileWriter
    {
        /// <summary>Format version.</summary>
        public const int Version = 1;

        private readonly ILineWriter _out;
        private readonly byte[] _bytes = new byte[256];
        private readonly bool _stream;
        private uint _crc = Crc32.Start;

        private CaptureFileWriter(ILineWriter output, bool stream)
        {
            _out = output;
            _stream = stream;
        }

        /// <summary>Writes the whole file.</summary>
        public static void Write(ILineWriter output, CaptureStore store, OslCalibration cal, FrontEndConstants fe, SpotFrequencyPlan plan, JackType jack, MeasurementResult result)
        {
            CaptureFileWriter w = new CaptureFileWriter(output, plan.IsStream);
            w.Line("IMCAP,version=" + Version.ToString());
            w.Line("DEVICE,scheme=" + (plan.IsStream ? "stream" : "lockstep") + ",jack=" + CaptureNames.Jack(jack));
            w.Line("FRONTEND,shunt_uohm=" + List(fe.ShuntMicroOhms) + ",gains=" + List(fe.SenseGains) + ",tone_mid=" + fe.ToneMidCode.ToString()
                + ",tone_amp=" + fe.ToneAmplitudeCodes.ToString() + ",tone_pct=" + fe.ToneLevelPercent.ToString() + ",gen_peak_uv=" + fe.GeneratorPeakMicroVolts.ToString() + ",adc_max=" + fe.AdcMaxCode.ToString()
                + ",uv_per_code=" + fe.AdcMicroVoltsPerCode.ToString() + ",bias_mv=" + fe.BiasMilliVolts.ToString() + ",win_min_mv=" + fe.WindowMinMilliVolts.ToString()
                + ",win_max_mv=" + fe.WindowMaxMilliVolts.ToString() + ",dither_mv=" + fe.DitherRangeMilliVolts.ToString() + ",load_uohm=" + fe.LoadStandardMicroOhms.ToString());
            w.Line("DCMON,dcmon_mv=" + fe.DcMonitorOffsetMilliVolts.ToString() + ",dcmon_gain_ppm=" + fe.DcMonitorGainPpm.ToString());
            w.Line("STANDARDS,short_std_uohm=" + fe.ShortStandardMicroOhms.ToString());
            w.Line("LIMITS,range_upper_uohm=" + List(fe.RangeUpperMicroOhms) + ",short_uohm=" + fe.ShortBelowMicroOhms.ToString() + ",muted_uohm=" + fe.MutedAboveMicroOhms.ToString()
                + ",idle_rms_codes=" + fe.IdleRmsLimitCodes.ToString() + ",idle_tone_codes=" + fe.IdleToneLimitCodes.ToString() + ",idle_gain=" + fe.IdleGainIndex.ToString()
                + ",spread_ppm=" + fe.BlockSpreadLimitPpm.ToString() + ",jump_ppm=" + fe.BlockJumpLimitPpm.ToString() + ",noise_codes=" + fe.AdcNoiseCodes.ToString()
                + ",max_dc_uv=" + fe.MaxDcOffsetMicroVolts.ToString() + ",settle_us=" + fe.SettleMicroseconds.ToString() + ",relay_ms=" + fe.RelaySettleMilliseconds.ToString());
            w.Line("PLAN,steps=" + List(plan.Steps) + ",default=" + plan.DefaultIndex.ToString() + ",samples=" + plan.SamplesPerCapture.ToString()
                + (plan.IsStream ? ",cycles=" + List(plan.Cycles) + ",sample_us=" + plan.SampleMicroseconds.ToString() + ",tone_ticks_per_us=" + fe.ToneClockTicksPerMicrosecond.ToString() : string.Empty));
            w.WriteCalibration(cal);
            for (int i = 0; i < store.Count; i++)
            {
                w.WriteCapture(store, i);
            }

            if (result != null)
            {
                w.WriteResult(result);
            }

            output.WriteLine("END,crc=" + Crc32.Finish(w._crc).ToString());
        }

        private void WriteCalibration(OslCalibration cal)
        {
            for (int leg = 0; leg < OslCalibration.LegSlots; leg++)
            {
                for (int r = 0; r < cal.Ranges; r++)
                {
                    for (int f = 0; f < cal.Frequencies; f++)
                    {
                        for (int s = 0; s < OslCalibration.Standards; s++)
                        {
                            int slot = cal.Slot(leg, r, f, (CalStandard)s);
                            if (cal.GainIndex[slot] >= 0)
                            {
                                Line("CAL,leg=" + leg.ToString() + ",range=" + r.ToString() + ",freq=" + f.ToString() + ",std=" + CaptureNames.Standard((CalStandard)s)
                                    + ",gain=" + cal.GainIndex[slot].ToString() + ",re_q24=" + cal.RawReQ24[slot].ToString() + ",im_q24=" + cal.RawImQ24[slot].ToString());
                            }
                        }
                    }
                }
            }

            for (int f = 0; f < cal.Frequencies; f++)
            {
                for (int g = 1; g < cal.Gains; g++)
                {
                    int i = (f * (cal.Gains - 1)) + g - 1;
                    if (cal.StepRatioValid[i])
                    {
                        Line("GAINSTEP,freq=" + f.ToString() + ",gain=" + g.ToString() + ",re_q24=" + cal.StepRatioReQ24[i].ToString() + ",im_q24=" + cal.StepRatioImQ24[i].ToString());
                    }
                }
            }

            for (int leg = 0; leg < OslCalibration.LegSlots; leg++)
            {
                if (cal.HasDcZero(leg))
                {
                    Line("DCZERO,leg=" + leg.ToString() + ",sum=" + cal.DcZeroSumCodes[leg].ToString() + ",reads=" + cal.DcZeroReads[leg].ToString());
                }
            }
        }

        private void WriteCapture(CaptureStore store, int index)
        {
            CaptureHeader h = store.Headers[index];
            Line("BLOCK,role=" + CaptureNames.Role(h.Role) + ",leg=" + h.Leg.ToString() + ",range=" + h.Range.ToString() + ",gain=" + h.Gain.ToString()
                + ",steps=" + h.Steps.ToString() + ",tone=" + (h.ToneOn ? "1" : "0") + ",dither=" + (h.Dither ? "1" : "0") + ",periods=" + h.Periods.ToString()
                + ",sum=" + h.SumCodes.ToString() + ",sumsq=" + h.SumSquares.ToString() + ",min=" + h.MinCode.ToString() + ",max=" + h.MaxCode.ToString()
                + (_stream ? ",cycles=" + h.Cycles.ToString() + ",session=" + h.Session.ToString() + ",tone_codes=" + h.ToneCodes.ToString() : string.Empty));
            for (int p = 0; p < h.Periods; p++)
            {
                int at = h.FirstPeriod + p;
                Line("P,us=" + store.PeriodMicros[at].ToString() + ",dither=128"
                    + ",i=" + store.PeriodCos[at].ToString() + ",q=" + store.PeriodSin[at].ToString());
            }
        }

        private void WriteResult(MeasurementResult result)
        {
            for (int l = 0; l < result.Legs.Length; l++)
            {
                LegResult lr = result.Legs[l];
                for (int f = 0; f < lr.Points.Length; f++)
                {
                    ZoutPoint p = lr.Points[f];
                    Line("RESULT,leg=" + ((int)lr.Leg).ToString() + ",freq=" + f.ToString() + ",freq_mhz=" + p.FrequencyMilliHertz.ToString()
                        + ",re_uohm=" + p.ReMicroOhms.ToString() + ",im_uohm=" + p.ImMicroOhms.ToString() + ",status=" + CaptureNames.Status(p.Status));
                }

                ZoutModel m = lr.Model;
                Line("MODEL,leg=" + ((int)lr.Leg).ToString() + ",r_uohm=" + m.RMicroOhms.ToString() + ",c_nf=" + m.CNanoFarads.ToString() + ",l_nh=" + m.LNanoHenries.ToString()
                    + ",residual_uohm=" + m.ResidualMicroOhms.ToString() + ",valid=" + (m.IsValid ? "1" : "0"));
            }

            Line("SUMMARY,status=" + CaptureNames.Status(result.Status) + ",device_us=" + result.DeviceMicroseconds.ToString() + ",cal_id=" + result.CalibrationId.ToString());
        }

        private void Line(string text)
        {
            _out.WriteLine(text);
            int n = text.Length;
            for (int i = 0; i < n; i++)
            {
                _bytes[i] = (byte)text[i];
            }

            _bytes[n] = (byte)'\n';
            _crc = Crc32.Update(_crc, _bytes, 0, n + 1);
        }

        private static string List(int[] values)
        {
            string s = string.Empty;
            for (int i = 0; i < values.Length; i++)
            {
                s = i == 0 ? values[i].ToString() : s + ";" + values[i].ToString();
            }

            return s;
        }
    }
}
