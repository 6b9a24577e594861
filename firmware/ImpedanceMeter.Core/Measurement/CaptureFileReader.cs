using ImpedanceMeter.Core.Storage;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Parses a capture file written by <see cref="CaptureFileWriter"/> (or synthesised by anyone
    /// following docs/capture-format.md). Two passes: the first sizes the capture store, the
    /// second fills it. Rejects other major versions, malformed records and a wrong CRC.
    /// </summary>
    public static class CaptureFileReader
    {
        /// <summary>Parses the lines (without terminators); returns null and an error text on failure.</summary>
        public static CaptureFile Parse(string[] lines, out string error)
        {
            int blocks = 0;
            int periods = 0;
            int results = 0;
            for (int i = 0; i < lines.Length; i++)
            {
                string tag = Tag(lines[i]);
                blocks += tag == "BLOCK" ? 1 : 0;
                periods += tag == "P" ? 1 : 0;
                results += tag == "RESULT" ? 1 : 0;
            }

            CaptureFile file = new CaptureFile();
            file.FrontEnd = FrontEndConstants.Default();
            // Files from before the STANDARDS record were analysed with a perfect short, those without tone_ticks_per_us with exact tone levels.
            file.FrontEnd.ShortStandardMicroOhms = 0;
            file.FrontEnd.ToneClockTicksPerMicrosecond = 0;
            file.Captures = new CaptureStore(blocks, periods);
            file.ReportedPoints = new ZoutPoint[results];
            CaptureHeader current = null;
            int periodInBlock = 0;
            uint crc = Crc32.Start;
            bool ended = false;
            error = null;
            for (int i = 0; i < lines.Length && error == null && !ended; i++)
            {
                string line = lines[i];
                string tag = Tag(line);
                if (tag == "END")
                {
                    ended = true;
                    long expected;
                    if (!Int64(line, "crc", out expected) || (uint)expected != Crc32.Finish(crc))
                    {
                        error = "CRC mismatch";
                    }

                    continue;
                }

                crc = Crc32.Update(crc, Bytes(line), 0, line.Length + 1);
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                if (i == 0 && (tag != "IMCAP" || Int(line, "version") != CaptureFileWriter.Version))
                {
                    error = "not an IMCAP version 1 file";
                }
                else if (tag == "DEVICE")
                {
                    file.Jack = (JackType)CaptureNames.ParseJack(Field(line, "jack"));
                }
                else if (tag == "FRONTEND" || tag == "LIMITS" || tag == "DCMON" || tag == "STANDARDS")
                {
                    CaptureFileFields.ReadFrontEnd(line, file.FrontEnd);
                }
                else if (tag == "PLAN")
                {
                    file.Plan = CaptureFileFields.ReadPlan(line);
                    file.FrontEnd.ToneClockTicksPerMicrosecond = CaptureFileFields.IntOr(line, "tone_ticks_per_us", 0);
                    if (file.Plan == null)
                    {
                        error = "PLAN cycles and steps differ in length (line " + (i + 1).ToString() + ")";
                        continue;
                    }

                    file.Calibration = new OslCalibration(file.FrontEnd.ShuntMicroOhms.Length, file.Plan.Count, file.FrontEnd.SenseGains.Length);
                }
                else if (tag == "CAL" && file.Calibration != null)
                {
                    file.Calibration.SetStandard(Int(line, "leg"), Int(line, "range"), Int(line, "freq"), (CalStandard)CaptureNames.ParseStandard(Field(line, "std")), Int(line, "re_q24"), Int(line, "im_q24"), Int(line, "gain"));
                }
                else if (tag == "GAINSTEP" && file.Calibration != null)
                {
                    file.Calibration.SetStepRatio(Int(line, "freq"), Int(line, "gain"), Int(line, "re_q24"), Int(line, "im_q24"));
                }
                else if (tag == "DCZERO" && file.Calibration != null)
                {
                    file.Calibration.SetDcZero(Int(line, "leg"), Int(line, "sum"), Int(line, "reads"));
                }
                else if (tag == "BLOCK")
                {
                    int index = file.Captures.Reserve(Int(line, "periods"));
                    if (index < 0 || !CaptureFileFields.ReadBlock(line, file.Captures.Headers[index]))
                    {
                        error = "BLOCK record out of range (line " + (i + 1).ToString() + ")";
                        continue;
                    }

                    current = file.Captures.Headers[index];
                    periodInBlock = 0;
                }
                else if (tag == "P")
                {
                    if (current == null || periodInBlock >= current.Periods)
                    {
                        error = "P record outside a BLOCK (line " + (i + 1).ToString() + ")";
                        continue;
                    }

                    int at = current.FirstPeriod + periodInBlock++;
                    file.Captures.PeriodMicros[at] = Int(line, "us");
                    file.Captures.PeriodCos[at] = Int(line, "i");
                    file.Captures.PeriodSin[at] = Int(line, "q");
                }
                else if (tag == "RESULT")
                {
                    ZoutPoint p = new ZoutPoint();
                    p.Leg = (Leg)Int(line, "leg");
                    p.FrequencyMilliHertz = Int(line, "freq_mhz");
                    p.ReMicroOhms = Int(line, "re_uohm");
                    p.ImMicroOhms = Int(line, "im_uohm");
                    p.Status = (MeasurementStatus)CaptureNames.ParseStatus(Field(line, "status"));
                    file.ReportedPoints[file.ReportedCount++] = p;
                }
                else if (tag == "SUMMARY")
                {
                    long us;
                    Int64(line, "device_us", out us);
                    file.DeviceMicroseconds = us;
                    file.CalibrationId = Int(line, "cal_id");
                }
            }

            if (error == null && !ended)
            {
                error = "missing END record";
            }

            if (error == null && (file.Plan == null || file.Calibration == null))
            {
                error = "missing PLAN record";
            }

            return error == null ? file : null;
        }

        /// <summary>The record tag: the text before the first comma.</summary>
        public static string Tag(string line)
        {
            int comma = line.IndexOf(',');
            return comma < 0 ? line : line.Substring(0, comma);
        }

        /// <summary>The value of <paramref name="key"/> in a record, or null.</summary>
        public static string Field(string line, string key)
        {
            string marker = "," + key + "=";
            int at = line.IndexOf(marker);
            if (at < 0)
            {
                return null;
            }

            int start = at + marker.Length;
            int end = line.IndexOf(',', start);
            return end < 0 ? line.Substring(start) : line.Substring(start, end - start);
        }

        /// <summary>An int field; 0 if missing or malformed.</summary>
        public static int Int(string line, string key)
        {
            long v;
            return Int64(line, key, out v) ? (int)v : 0;
        }

        /// <summary>A long field; false if missing or malformed.</summary>
        public static bool Int64(string line, string key, out long value)
        {
            value = 0;
            string text = Field(line, key);
            return text != null && long.TryParse(text, out value);
        }

        /// <summary>A ';'-separated list of ints.</summary>
        public static int[] List(string text)
        {
            if (text == null)
            {
                return new int[0];
            }

            string[] parts = text.Split(new char[] { ';' });
            int[] values = new int[parts.Length];
            for (int i = 0; i < parts.Length; i++)
            {
                int.TryParse(parts[i], out values[i]);
            }

            return values;
        }

        private static byte[] Bytes(string line)
        {
            byte[] b = new byte[line.Length + 1];
            for (int i = 0; i < line.Length; i++)
            {
                b[i] = (byte)line[i];
            }

            b[line.Length] = (byte)'\n';
            return b;
        }
    }
}
