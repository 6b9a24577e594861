using ImpedanceMeter.Core.Dsp;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Open/short/load calibration per (leg, range, spot frequency), plus the sense-gain ratios
    /// per spot frequency. Each standard is stored as its raw loaded/unloaded ratio (Q24, with the
    /// gain index it was taken at); gain normalisation happens at solve time, so the standards
    /// and the gain ratios may be measured in any order.
    /// Error model: Z = (A·m + B)/(C·m + 1), which with the three standards becomes the cross ratio
    /// Z = Z_L·(m − m_s)(m_o − m_L) / ((m_L − m_s)(m_o − m)); ideal front end: Z = Zg·m/(1 − m).
    /// </summary>
    public sealed class OslCalibration
    {
        /// <summary>Legs that can be measured directly (Leg 0–5).</summary>
        public const int LegSlots = 6;

        /// <summary>Standards per slot (open, short, load).</summary>
        public const int Standards = 3;

        /// <summary>Raw ratio of each standard, real part, Q24, indexed by <see cref="Slot"/>.</summary>
        public readonly int[] RawReQ24;

        /// <summary>Raw ratio, imaginary part, Q24.</summary>
        public readonly int[] RawImQ24;

        /// <summary>Gain index each standard was measured at; −1 = not measured.</summary>
        public readonly int[] GainIndex;

        /// <summary>Gain ratio G(g)/G(g−1) per spot frequency and g = 1, 2…: real part, Q24; index fi·(gains−1) + g − 1.</summary>
        public readonly int[] StepRatioReQ24;

        /// <summary>Gain ratio imaginary part, Q24.</summary>
        public readonly int[] StepRatioImQ24;

        /// <summary>Whether each gain step ratio has been measured.</summary>
        public readonly bool[] StepRatioValid;

        /// <summary>
        /// DC monitor zero per leg slot: the sum of the monitor codes read with the leg at 0 V DC (the open
        /// standard: nothing plugged), 0 when not measured (see docs/measurement.md H4).
        /// </summary>
        public readonly int[] DcZeroSumCodes;

        /// <summary>Reads summed into <see cref="DcZeroSumCodes"/> per leg slot; 0 = no zero measured (the DC guard then uses the nominal offset).</summary>
        public readonly int[] DcZeroReads;

        /// <summary>Ranges covered.</summary>
        public readonly int Ranges;

        /// <summary>Spot frequencies covered.</summary>
        public readonly int Frequencies;

        /// <summary>Gain indices of the sense amplifier.</summary>
        public readonly int Gains;

        /// <summary>Creates an empty calibration.</summary>
        public OslCalibration(int ranges, int frequencies, int gains)
        {
            Ranges = ranges;
            Frequencies = frequencies;
            Gains = gains;
            int n = LegSlots * ranges * frequencies * Standards;
            RawReQ24 = new int[n];
            RawImQ24 = new int[n];
            GainIndex = new int[n];
            int g = frequencies * (gains - 1);
            StepRatioReQ24 = new int[g];
            StepRatioImQ24 = new int[g];
            StepRatioValid = new bool[g];
            DcZeroSumCodes = new int[LegSlots];
            DcZeroReads = new int[LegSlots];
            Clear();
        }

        /// <summary>Forgets everything.</summary>
        public void Clear()
        {
            for (int i = 0; i < GainIndex.Length; i++)
            {
                GainIndex[i] = -1;
                RawReQ24[i] = 0;
                RawImQ24[i] = 0;
            }

            for (int i = 0; i < StepRatioValid.Length; i++)
            {
                StepRatioValid[i] = false;
            }

            for (int i = 0; i < LegSlots; i++)
            {
                DcZeroSumCodes[i] = 0;
                DcZeroReads[i] = 0;
            }
        }

        /// <summary>Records the DC monitor zero of <paramref name="leg"/>: <paramref name="reads"/> codes summing to <paramref name="sumCodes"/> at 0 V DC.</summary>
        public void SetDcZero(int leg, int sumCodes, int reads)
        {
            DcZeroSumCodes[leg] = sumCodes;
            DcZeroReads[leg] = reads;
        }

        /// <summary>Whether a DC monitor zero has been measured for <paramref name="leg"/>.</summary>
        public bool HasDcZero(int leg)
        {
            return leg >= 0 && leg < LegSlots && DcZeroReads[leg] > 0;
        }

        /// <summary>Flat index of (leg, range, frequency, standard).</summary>
        public int Slot(int leg, int range, int frequency, CalStandard standard)
        {
            return (((((leg * Ranges) + range) * Frequencies) + frequency) * Standards) + (int)standard;
        }

        /// <summary>Records a standard's raw ratio (Q24) measured at <paramref name="gain"/>.</summary>
        public void SetStandard(int leg, int range, int frequency, CalStandard standard, int rawReQ24, int rawImQ24, int gain)
        {
            int s = Slot(leg, range, frequency, standard);
            RawReQ24[s] = rawReQ24;
            RawImQ24[s] = rawImQ24;
            GainIndex[s] = gain;
        }

        /// <summary>
        /// Folds insertion number <paramref name="insertion"/> (1, 2, …) of a standard into its slot as a running mean of
        /// the raw ratios: x̄ += round((x − x̄)/n). The first insertion, or one measured at another gain than the stored
        /// mean (ratios at different gains do not average), replaces the slot. Averaging re-insertions of the short plug
        /// shrinks its contact-resistance scatter (2 mΩ per insertion, frontend.json) by √n.
        /// </summary>
        public void AverageStandard(int leg, int range, int frequency, CalStandard standard, int rawReQ24, int rawImQ24, int gain, int insertion)
        {
            int s = Slot(leg, range, frequency, standard);
            if (insertion <= 1 || GainIndex[s] != gain)
            {
                SetStandard(leg, range, frequency, standard, rawReQ24, rawImQ24, gain);
                return;
            }

            RawReQ24[s] += (int)Dsp.ScaledDivision.Divide((long)rawReQ24 - RawReQ24[s], insertion, 0);
            RawImQ24[s] += (int)Dsp.ScaledDivision.Divide((long)rawImQ24 - RawImQ24[s], insertion, 0);
        }

        /// <summary>Records G(g)/G(g−1) at spot frequency <paramref name="frequency"/>, Q24.</summary>
        public void SetStepRatio(int frequency, int gain, int reQ24, int imQ24)
        {
            int i = (frequency * (Gains - 1)) + gain - 1;
            StepRatioReQ24[i] = reQ24;
            StepRatioImQ24[i] = imQ24;
            StepRatioValid[i] = true;
        }

        /// <summary>Whether a standard is present for the slot.</summary>
        public bool HasStandard(int leg, int range, int frequency, CalStandard standard)
        {
            return GainIndex[Slot(leg, range, frequency, standard)] >= 0;
        }

        /// <summary>Complex gain of index <paramref name="gain"/> relative to gain 0, Q24; false if a needed step ratio is missing.</summary>
        public bool GainFactorQ24(int frequency, int gain, out int reQ24, out int imQ24)
        {
            long re = 1L << 24;
            long im = 0;
            for (int g = 1; g <= gain; g++)
            {
                int i = (frequency * (Gains - 1)) + g - 1;
                if (!StepRatioValid[i])
                {
                    reQ24 = 0;
                    imQ24 = 0;
                    return false;
                }

                long r;
                long j;
                ComplexMath.Multiply((int)re, (int)im, StepRatioReQ24[i], StepRatioImQ24[i], 24, 24, 24, out r, out j);
                re = r;
                im = j;
            }

            reQ24 = FixedMath.SaturateToInt(re);
            imQ24 = FixedMath.SaturateToInt(im);
            return true;
        }

        /// <summary>Gain-normalised ratio m (Q30) of a standard; false if it or its gain ratio is missing.</summary>
        public bool StandardRatioQ30(int leg, int range, int frequency, CalStandard standard, out int reQ30, out int imQ30)
        {
            int s = Slot(leg, range, frequency, standard);
            int kRe;
            int kIm;
            if (GainIndex[s] < 0 || !GainFactorQ24(frequency, GainIndex[s], out kRe, out kIm))
            {
                reQ30 = 0;
                imQ30 = 0;
                return false;
            }

            ComplexMath.Divide(RawReQ24[s], RawImQ24[s], kRe, kIm, 30, out reQ30, out imQ30);
            return true;
        }

        /// <summary>
        /// Corrected Z (µΩ) of a gain-normalised ratio m (Q30). Returns
        /// <see cref="MeasurementStatus.NotCalibrated"/> if a standard is missing, else Ok (Z saturates near ±2147 Ω).
        /// Arithmetic: differences in Q28 (|d| &lt; 4 → 2^30), products Q56 (&lt; 2^61), cross ratio Q24.
        /// </summary>
        public MeasurementStatus Solve(int leg, int range, int frequency, int mReQ30, int mImQ30, int loadMicroOhms, out int zReMicroOhms, out int zImMicroOhms)
        {
            return Solve(leg, range, frequency, mReQ30, mImQ30, loadMicroOhms, 0, out zReMicroOhms, out zImMicroOhms);
        }

        /// <summary>
        /// As the overload above with a short standard of <paramref name="shortMicroOhms"/> instead of a perfect short: the
        /// bilinear map through (open, ∞), (short, Z_S), (load, Z_L) is
        /// Z = Z_L·(m − s)(o − l)/((l − s)(o − m)) + Z_S·(o − s)(l − m)/((l − s)(o − m)).
        /// </summary>
        public MeasurementStatus Solve(int leg, int range, int frequency, int mReQ30, int mImQ30, int loadMicroOhms, int shortMicroOhms, out int zReMicroOhms, out int zImMicroOhms)
        {
            int oRe, oIm, sRe, sIm, lRe, lIm;
            zReMicroOhms = 0;
            zImMicroOhms = 0;
            if (!StandardRatioQ30(leg, range, frequency, CalStandard.Open, out oRe, out oIm)
                || !StandardRatioQ30(leg, range, frequency, CalStandard.Short, out sRe, out sIm)
                || !StandardRatioQ30(leg, range, frequency, CalStandard.Load, out lRe, out lIm))
            {
                return MeasurementStatus.NotCalibrated;
            }

            long nRe, nIm, dRe, dIm;
            ComplexMath.Multiply(Q28(mReQ30, sRe), Q28(mImQ30, sIm), Q28(oRe, lRe), Q28(oIm, lIm), 28, 28, 56, out nRe, out nIm);
            ComplexMath.Multiply(Q28(lRe, sRe), Q28(lIm, sIm), Q28(oRe, mReQ30), Q28(oIm, mImQ30), 28, 28, 56, out dRe, out dIm);
            int rRe;
            int rIm;
            ComplexMath.Divide(nRe, nIm, dRe, dIm, 24, out rRe, out rIm);
            long zRe = ComplexMath.RoundShift((long)rRe * loadMicroOhms, 24);
            long zIm = ComplexMath.RoundShift((long)rIm * loadMicroOhms, 24);
            if (shortMicroOhms != 0)
            {
                long n2Re, n2Im;
                ComplexMath.Multiply(Q28(oRe, sRe), Q28(oIm, sIm), Q28(lRe, mReQ30), Q28(lIm, mImQ30), 28, 28, 56, out n2Re, out n2Im);
                int r2Re;
                int r2Im;
                ComplexMath.Divide(n2Re, n2Im, dRe, dIm, 24, out r2Re, out r2Im);
                zRe += ComplexMath.RoundShift((long)r2Re * shortMicroOhms, 24);
                zIm += ComplexMath.RoundShift((long)r2Im * shortMicroOhms, 24);
            }

            zReMicroOhms = FixedMath.SaturateToInt(zRe);
            zImMicroOhms = FixedMath.SaturateToInt(zIm);
            return MeasurementStatus.Ok;
        }

        /// <summary>(a − b) of two Q30 values as Q28 (rounded).</summary>
        private static int Q28(int aQ30, int bQ30)
        {
            return (int)ComplexMath.RoundShift((long)aQ30 - bQ30, 2);
        }
    }
}
