using ImpedanceMeter.Core.Storage;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Calibration record for IStore: "IMCL", version 3, the shape (ranges, spot frequencies, gains, leg slots),
    /// the plan it was taken with (stream sample interval in µs, 0 for the lock-step; then samples per record and
    /// tone periods per record of each spot frequency; version 3), calibration id and time, every
    /// standard (gain index, raw ratio re/im Q24), every gain-step ratio (valid, re/im Q24), the DC monitor
    /// zero of every leg slot (sum of codes, reads; added in version 2), then
    /// the CRC-32 of all preceding bytes. Little-endian int32 fields (int64 for the time).
    /// </summary>
    public static class CalibrationCodec
    {
        /// <summary>
        /// Record version written and accepted. Older records are rejected like any other mismatch and the meter asks
        /// for a new calibration: version 1 had no DC monitor zeros (the DC guard would run on the nominal zero), version 2
        /// named a plan by its record lengths only, and every stream spot frequency has the same record length.
        /// </summary>
        public const int Version = 3;

        private const string Magic = "IMCL";

        /// <summary>Serialises the calibration and its state, taken with <paramref name="plan"/>.</summary>
        public static byte[] ToBytes(OslCalibration cal, CalibrationState state, SpotFrequencyPlan plan)
        {
            byte[] data = new byte[Length(cal, plan)];
            int at = 0;
            for (int i = 0; i < 4; i++)
            {
                data[at++] = (byte)Magic[i];
            }

            at = Put(data, at, Version);
            at = Put(data, at, cal.Ranges);
            at = Put(data, at, cal.Frequencies);
            at = Put(data, at, cal.Gains);
            at = Put(data, at, OslCalibration.LegSlots);
            at = Put(data, at, plan.Count);
            at = Put(data, at, plan.SampleMicroseconds);
            for (int i = 0; i < plan.Count; i++)
            {
                at = Put(data, at, plan.Steps[i]);
                at = Put(data, at, plan.Cycles[i]);
            }

            at = Put(data, at, state.CalibrationId);
            at = Put(data, at, (int)state.CompletedSeconds);
            at = Put(data, at, (int)(state.CompletedSeconds >> 32));
            for (int i = 0; i < cal.GainIndex.Length; i++)
            {
                at = Put(data, at, cal.GainIndex[i]);
                at = Put(data, at, cal.RawReQ24[i]);
                at = Put(data, at, cal.RawImQ24[i]);
            }

            for (int i = 0; i < cal.StepRatioValid.Length; i++)
            {
                at = Put(data, at, cal.StepRatioValid[i] ? 1 : 0);
                at = Put(data, at, cal.StepRatioReQ24[i]);
                at = Put(data, at, cal.StepRatioImQ24[i]);
            }

            for (int i = 0; i < OslCalibration.LegSlots; i++)
            {
                at = Put(data, at, cal.DcZeroSumCodes[i]);
                at = Put(data, at, cal.DcZeroReads[i]);
            }

            Put(data, at, (int)Crc32.Compute(data, 0, at));
            return data;
        }

        /// <summary>
        /// Restores a record into <paramref name="cal"/> and the id/time into <paramref name="state"/>.
        /// Returns false, changing nothing, if the magic, version, shape, plan (<paramref name="plan"/>'s sample
        /// interval, record lengths and tone periods per record) or CRC differ.
        /// </summary>
        public static bool FromBytes(byte[] data, OslCalibration cal, CalibrationState state, SpotFrequencyPlan plan)
        {
            int expected = Length(cal, plan);
            if (data == null || data.Length != expected)
            {
                return false;
            }

            for (int i = 0; i < 4; i++)
            {
                if (data[i] != (byte)Magic[i])
                {
                    return false;
                }
            }

            if ((uint)Get(data, expected - 4) != Crc32.Compute(data, 0, expected - 4))
            {
                return false;
            }

            int at = 4;
            if (Get(data, at) != Version || Get(data, at + 4) != cal.Ranges || Get(data, at + 8) != cal.Frequencies
                || Get(data, at + 12) != cal.Gains || Get(data, at + 16) != OslCalibration.LegSlots || Get(data, at + 20) != plan.Count
                || Get(data, at + 24) != plan.SampleMicroseconds)
            {
                return false;
            }

            at += 28;
            for (int i = 0; i < plan.Count; i++, at += 8)
            {
                if (Get(data, at) != plan.Steps[i] || Get(data, at + 4) != plan.Cycles[i])
                {
                    return false;
                }
            }

            state.CalibrationId = Get(data, at);
            state.CompletedSeconds = (uint)Get(data, at + 4) | ((long)Get(data, at + 8) << 32);
            at += 12;
            for (int i = 0; i < cal.GainIndex.Length; i++, at += 12)
            {
                cal.GainIndex[i] = Get(data, at);
                cal.RawReQ24[i] = Get(data, at + 4);
                cal.RawImQ24[i] = Get(data, at + 8);
            }

            for (int i = 0; i < cal.StepRatioValid.Length; i++, at += 12)
            {
                cal.StepRatioValid[i] = Get(data, at) != 0;
                cal.StepRatioReQ24[i] = Get(data, at + 4);
                cal.StepRatioImQ24[i] = Get(data, at + 8);
            }

            for (int i = 0; i < OslCalibration.LegSlots; i++, at += 8)
            {
                cal.DcZeroSumCodes[i] = Get(data, at);
                cal.DcZeroReads[i] = Get(data, at + 4);
            }

            return true;
        }

        /// <summary>
        /// Record length, bytes: magic, 7 header fields (version, ranges, frequencies, gains, leg slots, plan count, sample
        /// interval), 2 per plan entry, id and time (3), 3 per standard, 3 per gain step, 2 per leg slot, the CRC.
        /// </summary>
        private static int Length(OslCalibration cal, SpotFrequencyPlan plan)
        {
            return 4 + (4 * 7) + (8 * plan.Count) + 12 + (12 * cal.GainIndex.Length) + (12 * cal.StepRatioValid.Length) + (8 * OslCalibration.LegSlots) + 4;
        }

        private static int Put(byte[] data, int at, int value)
        {
            data[at] = (byte)value;
            data[at + 1] = (byte)(value >> 8);
            data[at + 2] = (byte)(value >> 16);
            data[at + 3] = (byte)(value >> 24);
            return at + 4;
        }

        private static int Get(byte[] data, int at)
        {
            return data[at] | (data[at + 1] << 8) | (data[at + 2] << 16) | (data[at + 3] << 24);
        }
    }
}
