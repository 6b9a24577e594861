using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// Predicts what a source's output impedance does to an IEM's frequency response, in integer
    /// fixed point (the same code on the device and the PC). With H(f) = Z/(Z + Zout):
    /// 20·log10|H| = 10·log10(2)·(log2|Z|² − log2|Z + Zout|²), both logs in Q32 from
    /// <see cref="FixedLog2"/>, so no complex division is needed. Deviation is taken relative to
    /// 1 kHz on the <see cref="LogFrequencyGrid"/>; see docs/verdict.md.
    /// </summary>
    public static class DeviationEngine
    {
        /// <summary>10·log10(2)·1000·2^16 = 197 283 017.96 (rounded): mdB per unit of log2|H|², Q16.</summary>
        private const long MilliDbPerLog2Q16 = 197283018L;

        /// <summary>Predicts with a fitted Zout model (R + series C + L).</summary>
        public static VerdictResult Compute(IemProfile iem, ZoutModel zout, VerdictSettings settings)
        {
            return Compute(iem, new ZoutEvaluator(zout), settings);
        }

        /// <summary>Predicts with measured Zout points of one leg (interpolated between, held outside).</summary>
        public static VerdictResult Compute(IemProfile iem, ZoutPoint[] zout, VerdictSettings settings)
        {
            return Compute(iem, new ZoutEvaluator(zout), settings);
        }

        /// <summary>
        /// Predicts for one measured leg: with its fitted model when the model is valid (the
        /// whole band, every point labelled "model"), otherwise with its measured points.
        /// </summary>
        public static VerdictResult Compute(IemProfile iem, LegResult leg, VerdictSettings settings)
        {
            if (leg == null)
            {
                throw new System.ArgumentException("no leg result");
            }

            if (leg.Model != null && leg.Model.IsValid)
            {
                return Compute(iem, leg.Model, settings);
            }

            return Compute(iem, leg.Points, settings);
        }

        /// <summary>
        /// Predicts with any <see cref="ZoutEvaluator"/>. Throws ArgumentException for an invalid
        /// profile or settings (check <see cref="IemProfile.Validate"/> first to show a reason).
        /// </summary>
        public static VerdictResult Compute(IemProfile iem, ZoutEvaluator zout, VerdictSettings settings)
        {
            if (settings == null)
            {
                settings = new VerdictSettings();
            }

            string error = iem == null ? "no IEM" : iem.Validate();
            if (error == null)
            {
                error = settings.Validate();
            }

            if (error != null)
            {
                throw new System.ArgumentException(error);
            }

            int[] grid = LogFrequencyGrid.CreateMilliHertz();
            int n = grid.Length;
            IemImpedance z = new IemImpedance(iem);
            long[] log2HQ32 = new long[n];
            ZoutOrigin[] origins = new ZoutOrigin[n];
            VerdictResult result = new VerdictResult();
            result.ZoutFromModel = zout.IsModel;
            result.HasCurve = iem.HasCurve;
            result.CurveCoversGrid = z.Covers(LogFrequencyGrid.LowMilliHertz, LogFrequencyGrid.HighMilliHertz);
            result.RatioMinMilli = VerdictResult.RatioUnbounded;
            result.IemMinMicroOhms = long.MaxValue;

            for (int i = 0; i < n; i++)
            {
                long logF = FixedLog2.Log2Q32((ulong)grid[i]);
                long zRe;
                long zIm;
                long sRe;
                long sIm;
                z.At(grid[i], logF, out zRe, out zIm);
                origins[i] = zout.At(grid[i], logF, out sRe, out sIm);

                long zMag = Dsp.ComplexMath.Magnitude(zRe, zIm);
                long sMag = Dsp.ComplexMath.Magnitude(sRe, sIm);
                if (zMag < result.IemMinMicroOhms)
                {
                    result.IemMinMicroOhms = zMag;
                }

                int ratio = RatioMilli(zMag, sMag);
                if (ratio < result.RatioMinMilli || i == 0)
                {
                    result.RatioMinMilli = ratio;
                    result.RatioMinFrequencyMilliHertz = grid[i];
                }

                if (i == LogFrequencyGrid.ReferenceIndex)
                {
                    result.ZoutAtReferenceMicroOhms = sMag;
                    result.RatioNominalMilli = RatioMilli((long)iem.NominalMilliOhms * 1000, sMag);
                }

                long log2Load = FixedLog2.Log2MagnitudeSquaredQ32(zRe + sRe, zIm + sIm);
                if (log2Load == long.MinValue)
                {
                    // Z + Zout = 0 needs a non-passive measured Zout; treat |Z + Zout| as 1 µΩ.
                    log2Load = 0;
                }

                log2HQ32[i] = FixedLog2.Log2MagnitudeSquaredQ32(zRe, zIm) - log2Load;
            }

            result.PassesRatioRule = result.RatioMinMilli >= settings.RuleRatioMilli;
            if (!iem.HasCurve)
            {
                result.Kind = VerdictKind.RatioOnly;
                return result;
            }

            FillCurve(result, grid, log2HQ32, origins);
            result.Kind = settings.Classify(result.PeakToPeakMilliDb);
            return result;
        }

        /// <summary>Converts a difference of log2|H|² values (Q32) into mdB, rounded to nearest.</summary>
        public static int MilliDbFromLog2Q32(long log2DifferenceQ32)
        {
            // |difference| ≤ 2^39 in practice; Q24 (≤ 2^31) times the Q16 constant (2^27.6) fits a long.
            long q24 = (log2DifferenceQ32 + 128) >> 8;
            long product = q24 * MilliDbPerLog2Q16;
            long milliDb = (product + (1L << 39)) >> 40;
            return ImpedanceMeter.Core.Dsp.FixedMath.SaturateToInt(milliDb);
        }

        private static void FillCurve(VerdictResult result, int[] grid, long[] log2HQ32, ZoutOrigin[] origins)
        {
            int n = grid.Length;
            int[] deviation = new int[n];
            long reference = log2HQ32[LogFrequencyGrid.ReferenceIndex];
            int worstAbs = -1;
            for (int i = 0; i < n; i++)
            {
                int d = MilliDbFromLog2Q32(log2HQ32[i] - reference);
                deviation[i] = d;
                if (d > result.MaxMilliDb)
                {
                    result.MaxMilliDb = d;
                }

                if (d < result.MinMilliDb)
                {
                    result.MinMilliDb = d;
                }

                int abs = d < 0 ? -d : d;
                if (abs > worstAbs)
                {
                    worstAbs = abs;
                    result.WorstFrequencyMilliHertz = grid[i];
                    result.WorstMilliDb = d;
                }
            }

            result.FrequencyMilliHertz = grid;
            result.DeviationMilliDb = deviation;
            result.ZoutOrigins = origins;
            result.PeakToPeakMilliDb = result.MaxMilliDb - result.MinMilliDb;
        }

        private static int RatioMilli(long iemMicroOhms, long zoutMicroOhms)
        {
            if (zoutMicroOhms <= 0)
            {
                return VerdictResult.RatioUnbounded;
            }

            // iem ≤ 2^45 µΩ, so ·1000 stays below 2^55.
            long ratio = ((iemMicroOhms * 1000) + (zoutMicroOhms / 2)) / zoutMicroOhms;
            return ratio >= VerdictResult.RatioUnbounded ? VerdictResult.RatioUnbounded - 1 : (int)ratio;
        }
    }
}
