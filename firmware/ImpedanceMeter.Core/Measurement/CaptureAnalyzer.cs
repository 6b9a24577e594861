namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Recomputes a measurement from a capture file with no ports — the same
    /// <see cref="MeasurementAnalysis"/> the device ran — and compares it with what the device
    /// reported. Used by <c>imeter analyze</c>.
    /// </summary>
    public static class CaptureAnalyzer
    {
        /// <summary>Recomputes the result of a parsed capture file.</summary>
        public static MeasurementResult Analyze(CaptureFile file)
        {
            int maxPeriods = 1;
            for (int i = 0; i < file.Captures.Count; i++)
            {
                int p = file.Captures.Headers[i].Periods;
                maxPeriods = p > maxPeriods ? p : maxPeriods;
            }

            CaptureReducer reducer = new CaptureReducer(maxPeriods);
            MeasurementResult result = MeasurementAnalysis.Analyze(file.Captures, reducer, file.Jack, file.Plan, file.Calibration, file.FrontEnd);
            result.DeviceMicroseconds = file.DeviceMicroseconds;
            result.CalibrationId = file.CalibrationId;
            return result;
        }

        /// <summary>
        /// Number of reported points that differ from the recomputed ones in status, frequency or
        /// either Z component (0 = bit-exact); −1 if the counts differ.
        /// </summary>
        public static int CountMismatches(CaptureFile file, MeasurementResult recomputed)
        {
            int at = 0;
            int mismatches = 0;
            for (int l = 0; l < recomputed.Legs.Length; l++)
            {
                ZoutPoint[] points = recomputed.Legs[l].Points;
                for (int f = 0; f < points.Length; f++)
                {
                    if (at >= file.ReportedCount)
                    {
                        return -1;
                    }

                    ZoutPoint a = file.ReportedPoints[at++];
                    ZoutPoint b = points[f];
                    if (a.Leg != b.Leg || a.Status != b.Status || a.FrequencyMilliHertz != b.FrequencyMilliHertz || a.ReMicroOhms != b.ReMicroOhms || a.ImMicroOhms != b.ImMicroOhms)
                    {
                        mismatches++;
                    }
                }
            }

            return at == file.ReportedCount ? mismatches : -1;
        }
    }
}
