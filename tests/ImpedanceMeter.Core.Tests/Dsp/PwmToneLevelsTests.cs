using System;
using ImpedanceMeter.Core.Dsp;
using ImpedanceMeter.Core.Measurement;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Dsp
{
    [TestClass]
    public class PwmToneLevelsTests
    {
        private const int Levels = SpotFrequencyPlan.StreamToneLevels;

        // Deterministic LCG (Numerical Recipes constants): the same draws on the device and the host.
        private static uint _state;

        private static int Next(int below)
        {
            _state = (_state * 1664525u) + 1013904223u;
            return (int)((_state >> 8) % (uint)below);
        }

        [TestMethod]
        public void PeriodTicksUseTheSmallestDividerThatFitsTheRmtItem()
        {
            // 52 levels × 9 items = 468 items; APB 80 ticks per µs.
            Assert.AreEqual(82000L, PwmToneLevels.PeriodTicks(1025, Levels, 80), "975.6 Hz: divider 1");
            Assert.AreEqual(820000L, PwmToneLevels.PeriodTicks(10250, Levels, 80), "97.56 Hz: 1752 ticks per item, divider 1");
            Assert.AreEqual(10000000L, PwmToneLevels.PeriodTicks(1000000, Levels, 80), "1 s: the first divider of 80e6 keeping items ≤ 32767 ticks is 8");
            Assert.AreEqual(0L, PwmToneLevels.PeriodTicks(1025, Levels, 0), "exact levels");
            Assert.AreEqual(9, PwmToneLevels.ItemsPerLevel(Levels));
        }

        [TestMethod]
        public void RealizedLevelsMatchWholeTickHighTimesInDouble()
        {
            // Oracle: 256·round(c·s/256)/s for slice s = ⌊T(k+1)/N⌋ − ⌊Tk/N⌋; the Q12 result within half a step.
            _state = 20261122;
            long[] periods = { 820000, 410000, 164000, 82000 };
            double worst = 0;
            for (int i = 0; i < 4000; i++)
            {
                long t = periods[Next(4)];
                int k = Next(Levels);
                int code = 1 + Next(254);
                double slice = Math.Floor((double)t * (k + 1) / Levels) - Math.Floor((double)t * k / Levels);
                double high = Math.Floor((code * slice / 256.0) + 0.5);
                double expected = 256.0 * high / slice;
                double error = Math.Abs((PwmToneLevels.RealizedLevelQ12(code, t, k, Levels) / 4096.0) - expected);
                worst = error > worst ? error : worst;
            }

            Assert.IsTrue(worst <= 0.5 / 4096, "worst error in codes: " + worst.ToString());
            Assert.AreEqual(90L << 12, PwmToneLevels.RealizedLevelQ12(90, 0, 3, Levels), "exact levels when the period has no ticks");
        }

        [TestMethod]
        public void FundamentalRatiosMatchThePlayedPulseTrainAtEveryPlanFrequency()
        {
            // Oracle: the fundamental of the exact PWM pulse train the RMT plays (9 items per level, each high first,
            // high and slice spread by cumulative rounding as the adapter does), in double. F(a)/F(90) for a = 5–90.
            long[] periods = { 820000, 410000, 164000, 82000 };
            double worst = 0;
            for (int p = 0; p < periods.Length; p++)
            {
                double fullRe;
                double fullIm;
                PulseTrain(periods[p], 90, out fullRe, out fullIm);
                double full = Math.Sqrt((fullRe * fullRe) + (fullIm * fullIm));
                long fullQ = PwmToneLevels.Fundamental(Levels, 128, 90, periods[p]);
                for (int a = 5; a <= 90; a++)
                {
                    double re;
                    double im;
                    PulseTrain(periods[p], a, out re, out im);
                    double expected = Math.Sqrt((re * re) + (im * im)) / full;
                    double actual = (double)PwmToneLevels.Fundamental(Levels, 128, a, periods[p]) / fullQ;
                    double error = Math.Abs(actual - expected) / expected;
                    worst = error > worst ? error : worst;
                }
            }

            Assert.IsTrue(worst < 2e-5, "worst relative error " + worst.ToString());
        }

        [TestMethod]
        public void AtTheTopFrequencyTheCodesAloneWouldMisjudgeTheMatchedTone()
        {
            // What the realised levels fix: with exact-code F, F(a)/F(90) of the 975.6 Hz pulse train is off by more
            // than 0.1 % for some matched amplitude of 10–30 codes (docs/measurement.md §5.7).
            double fullRe;
            double fullIm;
            PulseTrain(82000, 90, out fullRe, out fullIm);
            double full = Math.Sqrt((fullRe * fullRe) + (fullIm * fullIm));
            double worst = 0;
            for (int a = 10; a <= 30; a++)
            {
                double re;
                double im;
                PulseTrain(82000, a, out re, out im);
                double played = Math.Sqrt((re * re) + (im * im)) / full;
                double codesOnly = (double)PwmToneLevels.Fundamental(Levels, 128, a, 0) / PwmToneLevels.Fundamental(Levels, 128, 90, 0);
                double error = Math.Abs(codesOnly - played) / played;
                worst = error > worst ? error : worst;
            }

            Assert.IsTrue(worst > 1e-3, "exact-code model error " + worst.ToString());
        }

        /// <summary>Fundamental (re, im; any common scale) of the RMT's pulse train for the tone of amplitude a at T ticks per period.</summary>
        private static void PulseTrain(long periodTicks, int amplitude, out double re, out double im)
        {
            int repeat = PwmToneLevels.ItemsPerLevel(Levels);
            double w = 2 * Math.PI / periodTicks;
            re = 0;
            im = 0;
            for (int k = 0; k < Levels; k++)
            {
                long start = (periodTicks * k) / Levels;
                long slice = ((periodTicks * (k + 1)) / Levels) - start;
                long high = ((SineTable.LevelCode(k, Levels, 128, amplitude) * slice) + 128) / 256;
                long at = start;
                for (int j = 0; j < repeat; j++)
                {
                    long itemSlice = (slice * (j + 1) / repeat) - (slice * j / repeat);
                    long itemHigh = (high * (j + 1) / repeat) - (high * j / repeat);
                    // ∫ e^(−iωt) over [at, at + itemHigh) = (e^(−iω·at) − e^(−iω·(at + itemHigh)))/(iω).
                    double c0 = Math.Cos(w * at);
                    double s0 = Math.Sin(w * at);
                    double c1 = Math.Cos(w * (at + itemHigh));
                    double s1 = Math.Sin(w * (at + itemHigh));
                    re += (s1 - s0) / w;
                    im += (c1 - c0) / w;
                    at += itemSlice;
                }
            }
        }
    }
}
