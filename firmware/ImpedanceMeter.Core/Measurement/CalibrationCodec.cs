using ImpedanceMeter.Core.Storage;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Calibration record for IStore: "IMCL", version 2, the shape (ranges, spot frequencies,
    /// gains, leg slots, table length of each spot frequency), calibration id and time, every
    /// standard (gain index, raw ratio re/im Q24), every gain-step ratio (valid, re/im Q24), the DC monitor
    /// zero of every leg slot (sum of codes, reads; added in version 2), then
    /// the CRC-32 of all preceding bytes. Little-endian int32 fields (int64 for the time).
    /// </summary>
    public static class CalibrationCodec
    {
        /// <summary>
        /// Record version written and accepted. Version 1 records (no DC monitor zeros) are rejected like any
        /// other mismatch: the length differs, so FromBytes returns false and the meter asks for a new
        /// calibration rather than run the DC guard on the nominal zero with a calibration in place.
        /// </summary>
        public const int Version = 2;

        private const string Magic = "IMCL";

        /// <summary>Serialises the calibration and its state.</summary>
        public static byte[] ToBytes(OslCalibration cal, CalibrationState state, int[] planSteps)
        {
            int length = 4 + (4 * 6) + (4 * planSteps.Length) + 12 + (12 * cal.GainIndex.Length) + (12 * cal.StepRatioValid.Length) + (8 * OslCalibration.LegSlots) + 4;
            byte[] data = new byte[length];
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
            at = Put(data, at, planSteps.Length);
            for (int i = 0; i < planSteps.Length; i++)
            {
                at = Put(data, at, planSteps[i]);
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
        /// Returns false, changing nothing, if the magic, version, shape, plan or CRC differ.
        /// </summary>
        public static bool FromBytes(byte[] data, OslCalibration cal, CalibrationState state, int[] planSteps)
        {
            int expected = 4 + (4 * 6) + (4 * planSteps.Length) + 12 + (12 * cal.GainIndex.Length) + (12 * cal.StepRatioValid.Length) + (8 * OslCalibration.LegSlots) + 4;
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
                || Get(data, at + 12) != cal.Gains || Get(data, at + 16) != OslCalibration.LegSlots || Get(data, at + 20) != planSteps.Length)
            {
                return false;
            }

            at += 24;
            for (int i = 0; i < planSteps.Length; i++, at += 4)
            {
                if (Get(data, at) != planSteps[i])
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
