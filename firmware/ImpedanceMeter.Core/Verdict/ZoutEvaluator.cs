using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// A source's output impedance at any frequency, in µΩ, from either a fitted model
    /// (R + j·2πf·L + 1/(j·2πf·C)) or measured points (valid points only, sorted by frequency;
    /// real and imaginary parts interpolated linearly in log2 f, the end points held flat outside
    /// the measured span). Each value carries a <see cref="ZoutOrigin"/> label.
    /// </summary>
    public sealed class ZoutEvaluator
    {
        /// <summary>2π·1e-6·2^40 = 6 908 435.30 (rounded): µΩ of reactance per mHz·nH, in Q40.</summary>
        private const long InductiveMicroOhmsPerMilliHertzNanoHenryQ40 = 6908435L;

        /// <summary>1e18/(2π): X_C in µΩ = this / (f in mHz · C in nF).</summary>
        private const long CapacitiveMicroOhmsTimesMilliHertzNanoFarad = 159154943091895335L;

        private readonly ZoutModel _model;
        private readonly int[] _frequencyMilliHertz;
        private readonly long[] _log2FrequencyQ32;
        private readonly int[] _re;
        private readonly int[] _im;

        /// <summary>Evaluates a fitted model (R ≥ 0; C and L ≥ 0, 0 meaning absent).</summary>
        public ZoutEvaluator(ZoutModel model)
        {
            if (model == null || model.RMicroOhms < 0 || model.CNanoFarads < 0 || model.LNanoHenries < 0)
            {
                throw new System.ArgumentException("Zout model needs R >= 0, C >= 0, L >= 0");
            }

            _model = model;
        }

        /// <summary>Interpolates measured points; those whose status is not Ok are ignored (at least one must remain).</summary>
        public ZoutEvaluator(ZoutPoint[] points)
        {
            int valid = 0;
            for (int i = 0; points != null && i < points.Length; i++)
            {
                if (IsUsable(points[i]))
                {
                    valid++;
                }
            }

            if (valid == 0)
            {
                throw new System.ArgumentException("no valid Zout point");
            }

            _frequencyMilliHertz = new int[valid];
            _re = new int[valid];
            _im = new int[valid];
            int count = 0;
            for (int i = 0; i < points.Length; i++)
            {
                ZoutPoint p = points[i];
                if (!IsUsable(p))
                {
                    continue;
                }

                // Insertion sort by frequency; a repeated frequency keeps the first point.
                int at = count;
                while (at > 0 && _frequencyMilliHertz[at - 1] > p.FrequencyMilliHertz)
                {
                    at--;
                }

                if (at > 0 && _frequencyMilliHertz[at - 1] == p.FrequencyMilliHertz)
                {
                    continue;
                }

                for (int k = count; k > at; k--)
                {
                    _frequencyMilliHertz[k] = _frequencyMilliHertz[k - 1];
                    _re[k] = _re[k - 1];
                    _im[k] = _im[k - 1];
                }

                _frequencyMilliHertz[at] = p.FrequencyMilliHertz;
                _re[at] = p.ReMicroOhms;
                _im[at] = p.ImMicroOhms;
                count++;
            }

            _log2FrequencyQ32 = new long[count];
            for (int i = 0; i < count; i++)
            {
                _log2FrequencyQ32[i] = FixedLog2.Log2Q32((ulong)_frequencyMilliHertz[i]);
            }

            int[] trimmed = new int[count];
            System.Array.Copy(_frequencyMilliHertz, trimmed, count);
            _frequencyMilliHertz = trimmed;
        }

        /// <summary>True when built from a model rather than measured points.</summary>
        public bool IsModel
        {
            get { return _model != null; }
        }

        /// <summary>Zout at <paramref name="milliHertz"/> (log2 in Q32 given), real and imaginary µΩ, and how it was obtained.</summary>
        public ZoutOrigin At(int milliHertz, long log2FrequencyQ32, out long reMicroOhms, out long imMicroOhms)
        {
            if (_model != null)
            {
                reMicroOhms = _model.RMicroOhms;
                imMicroOhms = InductiveReactance(milliHertz, _model.LNanoHenries) - CapacitiveReactance(milliHertz, _model.CNanoFarads);
                return ZoutOrigin.Model;
            }

            int n = _frequencyMilliHertz.Length;
            int nearest = 0;
            for (int i = 1; i < n; i++)
            {
                if (FixedMathAbs(_frequencyMilliHertz[i] - milliHertz) < FixedMathAbs(_frequencyMilliHertz[nearest] - milliHertz))
                {
                    nearest = i;
                }
            }

            if (n == 1 || milliHertz <= _frequencyMilliHertz[0] || milliHertz >= _frequencyMilliHertz[n - 1])
            {
                int end = (n == 1 || milliHertz <= _frequencyMilliHertz[0]) ? 0 : n - 1;
                reMicroOhms = _re[end];
                imMicroOhms = _im[end];
                return WithinOnePercent(_frequencyMilliHertz[end], milliHertz) ? ZoutOrigin.Measured : ZoutOrigin.Held;
            }

            int s = 0;
            while (_frequencyMilliHertz[s + 1] < milliHertz)
            {
                s++;
            }

            long tQ30 = WideMath.RatioQ30(log2FrequencyQ32 - _log2FrequencyQ32[s], _log2FrequencyQ32[s + 1] - _log2FrequencyQ32[s]);
            reMicroOhms = _re[s] + WideMath.MulQ30((long)_re[s + 1] - _re[s], tQ30);
            imMicroOhms = _im[s] + WideMath.MulQ30((long)_im[s + 1] - _im[s], tQ30);
            return WithinOnePercent(_frequencyMilliHertz[nearest], milliHertz) ? ZoutOrigin.Measured : ZoutOrigin.Interpolated;
        }

        /// <summary>2πfL in µΩ for f in mHz and L in nH (f·L &lt; 2^62 always holds for int inputs).</summary>
        public static long InductiveReactance(int milliHertz, int nanoHenries)
        {
            if (nanoHenries <= 0)
            {
                return 0;
            }

            long product = (long)milliHertz * nanoHenries;
            return (WideMath.MulQ30(product, InductiveMicroOhmsPerMilliHertzNanoHenryQ40) + 512) >> 10;
        }

        /// <summary>1/(2πfC) in µΩ for f in mHz and C in nF; 0 when C is 0 (no capacitor).</summary>
        public static long CapacitiveReactance(int milliHertz, int nanoFarads)
        {
            if (nanoFarads <= 0 || milliHertz <= 0)
            {
                return 0;
            }

            long product = (long)milliHertz * nanoFarads;
            return (CapacitiveMicroOhmsTimesMilliHertzNanoFarad + (product / 2)) / product;
        }

        private static bool IsUsable(ZoutPoint p)
        {
            return p != null && p.Status == MeasurementStatus.Ok && p.FrequencyMilliHertz > 0;
        }

        private static bool WithinOnePercent(int measuredMilliHertz, int milliHertz)
        {
            return (long)FixedMathAbs(measuredMilliHertz - milliHertz) * 100 <= measuredMilliHertz;
        }

        private static long FixedMathAbs(long value)
        {
            return ImpedanceMeter.Core.Dsp.FixedMath.Abs(value);
        }
    }
}
