using System;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Core.Tests.Verdict
{
    /// <summary>
    /// Fixed-seed random IEM curves and sources for the oracle tests, from an LCG (Numerical
    /// Recipes constants) so the device and the host draw the same cases.
    /// </summary>
    public sealed class RandomIems
    {
        private uint _state;

        /// <summary>A generator starting from <paramref name="seed"/>.</summary>
        public RandomIems(uint seed)
        {
            _state = seed;
        }

        /// <summary>Uniform in [0, 1).</summary>
        public double Next()
        {
            _state = (_state * 1664525u) + 1013904223u;
            return (_state >> 8) / 16777216.0;
        }

        /// <summary>Log-uniform in [low, high].</summary>
        public double LogUniform(double low, double high)
        {
            return low * Math.Exp(Next() * Math.Log(high / low));
        }

        /// <summary>
        /// A curve with |Z| in [2, 1000] Ω and phase in [−89, 89]°. With <paramref name="steep"/>
        /// every point is drawn independently (swings of up to 500:1 between neighbours and
        /// phase jumps of up to 178°); otherwise |Z| and phase random-walk smoothly.
        /// </summary>
        public IemProfile Curve(bool steep)
        {
            int n = 2 + (int)(Next() * 63);
            int[] f = new int[n];
            int[] z = new int[n];
            int[] ph = new int[n];
            double hz = LogUniform(5, 40);
            double top = LogUniform(15000, 40000);
            double step = Math.Pow(top / hz, 1.0 / (n - 1));
            double mag = LogUniform(2, 1000);
            double deg = (Next() * 178) - 89;
            for (int i = 0; i < n; i++)
            {
                f[i] = (int)(hz * 1000);
                if (i > 0 && f[i] <= f[i - 1])
                {
                    f[i] = f[i - 1] + 1;
                }

                if (steep)
                {
                    mag = LogUniform(2, 1000);
                    deg = (Next() * 178) - 89;
                }
                else
                {
                    mag = Clamp(mag * LogUniform(0.8, 1.25), 2, 1000);
                    deg = Clamp(deg + ((Next() - 0.5) * 20), -89, 89);
                }

                z[i] = (int)(mag * 1000);
                ph[i] = (int)(deg * 100);
                hz *= step * LogUniform(0.8, 1.25);
            }

            IemProfile p = new IemProfile();
            p.Name = "random";
            p.NominalMilliOhms = z[0];
            p.FrequencyMilliHertz = f;
            p.MagnitudeMilliOhms = z;
            p.PhaseCentiDegrees = ph;
            return p;
        }

        /// <summary>
        /// A source model: R in [0, 200] Ω; half the time a coupling C in [40, 2200] µF (≤ 200 Ω
        /// of reactance at 20 Hz); a third of the time an L in [0, 1.6] mH (≤ 200 Ω at 20 kHz).
        /// </summary>
        public ZoutModel Model()
        {
            ZoutModel m = new ZoutModel();
            m.RMicroOhms = (int)(Next() * 200e6);
            m.CNanoFarads = Next() < 0.5 ? (int)(LogUniform(40, 2200) * 1000) : 0;
            m.LNanoHenries = Next() < 0.33 ? (int)(Next() * 1.6e6) : 0;
            m.IsValid = true;
            return m;
        }

        /// <summary>1–8 measured points between 20 Hz and 20 kHz with Re in [0, 200] Ω, Im in [−200, 200] Ω; some not Ok.</summary>
        public ZoutPoint[] Points()
        {
            int n = 1 + (int)(Next() * 8);
            ZoutPoint[] points = new ZoutPoint[n];
            for (int i = 0; i < n; i++)
            {
                ZoutPoint q = new ZoutPoint();
                q.FrequencyMilliHertz = (int)(LogUniform(20, 20000) * 1000);
                q.ReMicroOhms = (int)(Next() * 200e6);
                q.ImMicroOhms = (int)((Next() - 0.5) * 400e6);
                q.Status = (i > 0 && Next() < 0.15) ? MeasurementStatus.NotIdle : MeasurementStatus.Ok;
                points[i] = q;
            }

            return points;
        }

        private static double Clamp(double v, double lo, double hi)
        {
            return v < lo ? lo : (v > hi ? hi : v);
        }
    }
}
