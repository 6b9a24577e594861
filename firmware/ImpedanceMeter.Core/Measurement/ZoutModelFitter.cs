using ImpedanceMeter.Core.Dsp;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Least-squares fit of Z(f) = R + j(ωL − 1/(ωC)) to the Ok points of a leg, in integer
    /// arithmetic. Re Z = R (mean of the real parts). Im Z is linear in L and D = 1/C:
    /// Im = α·w + β·t with w = ω in Q8 and t = 2^34/w (= ω_ref²/ω in Q8, ω_ref² = 2^18 rad²/s²,
    /// so both columns have similar magnitudes around 80 Hz). L and C are kept only when their
    /// reactance at the frequency where they matter most exceeds max(5 mΩ, |R|/100): a resistive
    /// source reports neither. Values are model values (ZoutModel doc).
    /// </summary>
    public static class ZoutModelFitter
    {
        /// <summary>2π·256/1000: ω in Q8 per mHz, as a Q20 constant (1 686 629·2^-20 = 1.6085).</summary>
        private const long OmegaQ8PerMilliHertzQ20 = 1686629L;

        /// <summary>Smallest reactance (µΩ) a C or L term must explain to be reported.</summary>
        private const int MinReactanceMicroOhms = 5000;

        /// <summary>Fits the model to the points whose status is Ok.</summary>
        public static ZoutModel Fit(ZoutPoint[] points)
        {
            ZoutModel model = new ZoutModel();
            int n = 0;
            long sumRe = 0;
            for (int i = 0; i < points.Length; i++)
            {
                if (Usable(points[i]))
                {
                    n++;
                    sumRe += points[i].ReMicroOhms;
                }
            }

            if (n == 0)
            {
                return model;
            }

            long r = ComplexMath.RoundShift(sumRe * 2 / n, 1);
            long saa = 0, sab = 0, sbb = 0, say = 0, sby = 0;
            long tMax = 0, wMax = 0;
            for (int i = 0; i < points.Length; i++)
            {
                if (!Usable(points[i]))
                {
                    continue;
                }

                long w = W(points[i]);
                long t = (1L << 34) / w;
                long y = points[i].ImMicroOhms;
                saa += w * w;
                sab += w * t;
                sbb += t * t;
                say += w * y;
                sby += t * y;
                tMax = t > tMax ? t : tMax;
                wMax = w > wMax ? w : wMax;
            }

            long threshold = FixedMath.Abs(r) / 100;
            threshold = threshold > MinReactanceMicroOhms ? threshold : MinReactanceMicroOhms;
            long alphaQ16 = 0;
            long betaQ16 = 0;
            bool haveL = false;
            if (n >= 3 && LinearSolve2.Solve(saa, sab, sbb, say, sby, 16, out alphaQ16, out betaQ16))
            {
                haveL = alphaQ16 > 0 && ((alphaQ16 * wMax) >> 16) >= threshold;
            }

            if (!haveL)
            {
                alphaQ16 = 0;
                betaQ16 = n >= 1 ? ScaledDivision.Divide(sby, sbb, 16) : 0;
            }

            bool haveC = betaQ16 < 0 && ((-betaQ16 * tMax) >> 16) >= threshold;
            if (!haveC)
            {
                betaQ16 = 0;
            }

            model.RMicroOhms = FixedMath.SaturateToInt(r);
            // L: Im = α·w with w = ω·256 → L[µH] = 256·α → L[nH] = α_q16·1000/256.
            model.LNanoHenries = haveL ? FixedMath.SaturateToInt((alphaQ16 * 1000) / 256) : 0;
            // C: Im = β·t with t = 2^26/ω → C[F] = −10^6/(β·2^26) → C[nF] = −10^15/(β_q16·2^10).
            model.CNanoFarads = haveC ? FixedMath.SaturateToInt(1000000000000000L / (-betaQ16 * 1024)) : 0;
            model.ResidualMicroOhms = Residual(points, r, alphaQ16, betaQ16, n);
            model.IsValid = true;
            return model;
        }

        /// <summary>The model's reactance at a frequency, µΩ (Im part), from fitted Q16 coefficients.</summary>
        private static long ModelIm(ZoutPoint p, long alphaQ16, long betaQ16)
        {
            long w = W(p);
            long t = (1L << 34) / w;
            return ((alphaQ16 * w) + (betaQ16 * t)) >> 16;
        }

        private static int Residual(ZoutPoint[] points, long r, long alphaQ16, long betaQ16, int n)
        {
            ulong sum = 0;
            for (int i = 0; i < points.Length; i++)
            {
                if (!Usable(points[i]))
                {
                    continue;
                }

                long dr = points[i].ReMicroOhms - r;
                long di = points[i].ImMicroOhms - ModelIm(points[i], alphaQ16, betaQ16);
                // |d| < 2^32 µΩ each; squares < 2^64 only if |d| < 2^32: true for int inputs.
                sum += (ulong)(dr * dr) / (ulong)n;
                sum += (ulong)(di * di) / (ulong)n;
            }

            return FixedMath.SaturateToInt((long)FixedMath.Isqrt(sum));
        }

        private static long W(ZoutPoint p)
        {
            long w = ((long)p.FrequencyMilliHertz * OmegaQ8PerMilliHertzQ20) >> 20;
            return w < 1 ? 1 : w;
        }

        private static bool Usable(ZoutPoint p)
        {
            return p != null && p.Status == MeasurementStatus.Ok && p.FrequencyMilliHertz > 0;
        }
    }
}
