using System;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Verdict;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Verdict
{
    /// <summary>
    /// The fixed-point engine against <see cref="DoubleOracle"/> on fixed-seed random cases:
    /// |Z| 2–1000 Ω with steep swings and strong phase, Zout 0–200 Ω (models with C and L, and
    /// measured points). Each test prints its worst error and where it happened.
    /// </summary>
    [TestClass]
    public class DeviationEngineOracleTests
    {
        /// <summary>Required accuracy at every grid point, dB.</summary>
        private const double ToleranceDb = 0.01;

        [TestMethod]
        public void ModelSourcesOnSteepCurvesMatchTheDoubleOracleWithinOneHundredthDb()
        {
            double worst = RunModels(20240601u, 150, true, "steep curves, model Zout");
            Assert.IsTrue(worst <= ToleranceDb, "worst error " + worst.ToString() + " dB");
        }

        [TestMethod]
        public void ModelSourcesOnSmoothCurvesMatchTheDoubleOracleWithinOneHundredthDb()
        {
            double worst = RunModels(777u, 150, false, "smooth curves, model Zout");
            Assert.IsTrue(worst <= ToleranceDb, "worst error " + worst.ToString() + " dB");
        }

        [TestMethod]
        public void MeasuredPointSourcesMatchTheDoubleOracleWithinOneHundredthDb()
        {
            RandomIems random = new RandomIems(4242u);
            int[] grid = LogFrequencyGrid.CreateMilliHertz();
            double worst = 0;
            string where = string.Empty;
            for (int c = 0; c < 150; c++)
            {
                IemProfile iem = random.Curve(c % 2 == 0);
                ZoutPoint[] points = random.Points();
                VerdictResult r = DeviationEngine.Compute(iem, points, null);
                double[] expected = DoubleOracle.Deviation(iem, points, grid);
                for (int i = 0; i < grid.Length; i++)
                {
                    double error = Math.Abs((r.DeviationMilliDb[i] / 1000.0) - expected[i]);
                    if (error > worst)
                    {
                        worst = error;
                        where = "case " + c.ToString() + " at " + grid[i].ToString() + " mHz (expected " + expected[i].ToString() + " dB)";
                    }
                }
            }

            OutputHelper.WriteLine("measured-point Zout: worst error " + worst.ToString() + " dB, " + where);
            Assert.IsTrue(worst <= ToleranceDb, "worst error " + worst.ToString() + " dB, " + where);
        }

        [TestMethod]
        public void ExtremeCornersStayWithinOneHundredthDb()
        {
            // 2 Ω and 1000 Ω, ±89° phase, against 0 Ω and 200 Ω sources, alone and with 40 µF.
            int[] grid = LogFrequencyGrid.CreateMilliHertz();
            int[] mags = new int[] { 2000, 1000000 };
            int[] phases = new int[] { -8900, 0, 8900 };
            int[] rs = new int[] { 0, 200000000 };
            int[] cs = new int[] { 0, 40000 };
            double worst = 0;
            for (int a = 0; a < 2; a++)
            {
                for (int b = 0; b < 3; b++)
                {
                    for (int s = 0; s < 2; s++)
                    {
                        for (int k = 0; k < 2; k++)
                        {
                            IemProfile iem = new IemProfile();
                            iem.Name = "corner";
                            iem.NominalMilliOhms = mags[a];
                            iem.FrequencyMilliHertz = new int[] { 10000, 1000000, 40000000 };
                            iem.MagnitudeMilliOhms = new int[] { mags[a], mags[1 - a], mags[a] };
                            iem.PhaseCentiDegrees = new int[] { phases[b], -phases[b], phases[b] };
                            ZoutModel m = new ZoutModel();
                            m.RMicroOhms = rs[s];
                            m.CNanoFarads = cs[k];
                            double[] expected = DoubleOracle.Deviation(iem, m, grid);
                            VerdictResult r = DeviationEngine.Compute(iem, m, null);
                            for (int i = 0; i < grid.Length; i++)
                            {
                                worst = Math.Max(worst, Math.Abs((r.DeviationMilliDb[i] / 1000.0) - expected[i]));
                            }
                        }
                    }
                }
            }

            OutputHelper.WriteLine("corner cases: worst error " + worst.ToString() + " dB");
            Assert.IsTrue(worst <= ToleranceDb, "worst error " + worst.ToString() + " dB");
        }

        private static double RunModels(uint seed, int cases, bool steep, string label)
        {
            RandomIems random = new RandomIems(seed);
            int[] grid = LogFrequencyGrid.CreateMilliHertz();
            double worst = 0;
            double worstPp = 0;
            string where = string.Empty;
            for (int c = 0; c < cases; c++)
            {
                IemProfile iem = random.Curve(steep);
                ZoutModel m = random.Model();
                if (c == 0)
                {
                    m.RMicroOhms = 0;
                    m.CNanoFarads = 0;
                    m.LNanoHenries = 0;
                }

                VerdictResult r = DeviationEngine.Compute(iem, m, null);
                double[] expected = DoubleOracle.Deviation(iem, m, grid);
                double max = 0;
                double min = 0;
                for (int i = 0; i < grid.Length; i++)
                {
                    double error = Math.Abs((r.DeviationMilliDb[i] / 1000.0) - expected[i]);
                    max = Math.Max(max, expected[i]);
                    min = Math.Min(min, expected[i]);
                    if (error > worst)
                    {
                        worst = error;
                        where = "case " + c.ToString() + " at " + grid[i].ToString() + " mHz (expected " + expected[i].ToString() + " dB, R " + m.RMicroOhms.ToString() + " uOhm, C " + m.CNanoFarads.ToString() + " nF, L " + m.LNanoHenries.ToString() + " nH)";
                    }
                }

                worstPp = Math.Max(worstPp, Math.Abs((r.PeakToPeakMilliDb / 1000.0) - (max - min)));
            }

            OutputHelper.WriteLine(label + ": worst error " + worst.ToString() + " dB, " + where + "; worst peak-to-peak error " + worstPp.ToString() + " dB");
            Assert.IsTrue(worstPp <= 2 * ToleranceDb, "peak-to-peak error " + worstPp.ToString() + " dB");
            return worst;
        }
    }
}
