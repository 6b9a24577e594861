using System;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Core.Tests.Verdict
{
    /// <summary>
    /// Independent double-precision reference of the verdict maths (test oracle): the same
    /// definitions as docs/verdict.md written directly with System.Math, complex numbers as
    /// (re, im) pairs. |Z| and phase interpolate linearly in ln f; Zout points interpolate their
    /// real and imaginary parts linearly in ln f; both hold their end values outside.
    /// </summary>
    public static class DoubleOracle
    {
        /// <summary>IEM impedance at <paramref name="hertz"/>: real and imaginary parts, ohms.</summary>
        public static void Iem(IemProfile p, double hertz, out double re, out double im)
        {
            int n = p.CurveCount;
            if (n < 2)
            {
                re = p.NominalMilliOhms / 1000.0;
                im = 0;
                return;
            }

            double mag;
            double deg;
            double first = p.FrequencyMilliHertz[0] / 1000.0;
            double last = p.FrequencyMilliHertz[n - 1] / 1000.0;
            if (hertz <= first)
            {
                mag = p.MagnitudeMilliOhms[0] / 1000.0;
                deg = p.PhaseCentiDegrees[0] / 100.0;
            }
            else if (hertz >= last)
            {
                mag = p.MagnitudeMilliOhms[n - 1] / 1000.0;
                deg = p.PhaseCentiDegrees[n - 1] / 100.0;
            }
            else
            {
                int i = 0;
                while (p.FrequencyMilliHertz[i + 1] / 1000.0 < hertz)
                {
                    i++;
                }

                double f0 = p.FrequencyMilliHertz[i] / 1000.0;
                double f1 = p.FrequencyMilliHertz[i + 1] / 1000.0;
                double t = Math.Log(hertz / f0) / Math.Log(f1 / f0);
                mag = (p.MagnitudeMilliOhms[i] + (t * (p.MagnitudeMilliOhms[i + 1] - p.MagnitudeMilliOhms[i]))) / 1000.0;
                deg = (p.PhaseCentiDegrees[i] + (t * (p.PhaseCentiDegrees[i + 1] - p.PhaseCentiDegrees[i]))) / 100.0;
            }

            double rad = deg * Math.PI / 180.0;
            re = mag * Math.Cos(rad);
            im = mag * Math.Sin(rad);
        }

        /// <summary>Zout of a model R + j2πfL + 1/(j2πfC) at <paramref name="hertz"/>, ohms.</summary>
        public static void Model(ZoutModel m, double hertz, out double re, out double im)
        {
            double w = 2 * Math.PI * hertz;
            re = m.RMicroOhms / 1e6;
            im = w * m.LNanoHenries * 1e-9;
            if (m.CNanoFarads > 0)
            {
                im -= 1 / (w * m.CNanoFarads * 1e-9);
            }
        }

        /// <summary>Zout from measured points (status Ok only, sorted here) at <paramref name="hertz"/>, ohms.</summary>
        public static void Points(ZoutPoint[] points, double hertz, out double re, out double im)
        {
            ZoutPoint below = null;
            ZoutPoint above = null;
            for (int i = 0; i < points.Length; i++)
            {
                ZoutPoint q = points[i];
                if (q.Status != MeasurementStatus.Ok)
                {
                    continue;
                }

                double f = q.FrequencyMilliHertz / 1000.0;
                if (f <= hertz && (below == null || q.FrequencyMilliHertz > below.FrequencyMilliHertz))
                {
                    below = q;
                }

                if (f >= hertz && (above == null || q.FrequencyMilliHertz < above.FrequencyMilliHertz))
                {
                    above = q;
                }
            }

            if (below == null || above == null || below.FrequencyMilliHertz == above.FrequencyMilliHertz)
            {
                ZoutPoint end = below ?? above;
                re = end.ReMicroOhms / 1e6;
                im = end.ImMicroOhms / 1e6;
                return;
            }

            double t = Math.Log(hertz * 1000.0 / below.FrequencyMilliHertz) / Math.Log((double)above.FrequencyMilliHertz / below.FrequencyMilliHertz);
            re = (below.ReMicroOhms + (t * (above.ReMicroOhms - below.ReMicroOhms))) / 1e6;
            im = (below.ImMicroOhms + (t * (above.ImMicroOhms - below.ImMicroOhms))) / 1e6;
        }

        /// <summary>20·log10|Z/(Z + Zout)|, dB.</summary>
        public static double GainDb(double zRe, double zIm, double sRe, double sIm)
        {
            double num = (zRe * zRe) + (zIm * zIm);
            double den = ((zRe + sRe) * (zRe + sRe)) + ((zIm + sIm) * (zIm + sIm));
            return 10 * Math.Log10(num / den);
        }

        /// <summary>Deviation re 1 kHz at each grid frequency for a model source, dB.</summary>
        public static double[] Deviation(IemProfile p, ZoutModel m, int[] gridMilliHertz)
        {
            return Deviation(p, m, null, gridMilliHertz);
        }

        /// <summary>Deviation re 1 kHz at each grid frequency for measured points, dB.</summary>
        public static double[] Deviation(IemProfile p, ZoutPoint[] points, int[] gridMilliHertz)
        {
            return Deviation(p, null, points, gridMilliHertz);
        }

        /// <summary>Deviation re 1 kHz for the model <paramref name="m"/>, or else the measured <paramref name="points"/>, dB.</summary>
        private static double[] Deviation(IemProfile p, ZoutModel m, ZoutPoint[] points, int[] gridMilliHertz)
        {
            double[] gain = new double[gridMilliHertz.Length];
            double reference = 0;
            for (int i = 0; i <= gridMilliHertz.Length; i++)
            {
                double hz = i == gridMilliHertz.Length ? 1000.0 : gridMilliHertz[i] / 1000.0;
                double zRe;
                double zIm;
                double sRe;
                double sIm;
                Iem(p, hz, out zRe, out zIm);
                if (m != null)
                {
                    Model(m, hz, out sRe, out sIm);
                }
                else
                {
                    Points(points, hz, out sRe, out sIm);
                }

                double g = GainDb(zRe, zIm, sRe, sIm);
                if (i == gridMilliHertz.Length)
                {
                    reference = g;
                }
                else
                {
                    gain[i] = g;
                }
            }

            return Relative(gain, reference);
        }

        private static double[] Relative(double[] gain, double reference)
        {
            for (int i = 0; i < gain.Length; i++)
            {
                gain[i] -= reference;
            }

            return gain;
        }
    }
}
