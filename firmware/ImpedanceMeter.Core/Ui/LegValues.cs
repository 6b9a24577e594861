using ImpedanceMeter.Core.Dsp;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Core.Ui
{
    /// <summary>Picks the numbers the Result screen prints from a <see cref="MeasurementResult"/>.</summary>
    public static class LegValues
    {
        /// <summary>Spot frequency whose |Zout| the Result screen prints, mHz (1 kHz).</summary>
        public const int DisplayFrequencyMilliHertz = 1000000;

        /// <summary>The leg result for <paramref name="leg"/>, or null if the measurement lacks it.</summary>
        public static LegResult Find(MeasurementResult result, Leg leg)
        {
            if (result == null || result.Legs == null)
            {
                return null;
            }

            for (int i = 0; i < result.Legs.Length; i++)
            {
                if (result.Legs[i] != null && result.Legs[i].Leg == leg)
                {
                    return result.Legs[i];
                }
            }

            return null;
        }

        /// <summary>
        /// |Zout| at 1 kHz in µΩ: from the fitted model when it is valid (the spot
        /// frequencies the lock-step acquisition reaches are low, and the verdict's ratio uses the
        /// same model value), else
        /// the valid point nearest 1 kHz; -1 when the leg is missing or has neither.
        /// |Z| = √(re² + im²) with the exact integer square root.
        /// </summary>
        public static long MagnitudeMicroOhms(LegResult leg)
        {
            if (leg == null || leg.Status != MeasurementStatus.Ok)
            {
                return -1;
            }

            if (leg.Model != null && leg.Model.IsValid)
            {
                long mre = leg.Model.RMicroOhms;
                long mim = ZoutEvaluator.InductiveReactance(DisplayFrequencyMilliHertz, leg.Model.LNanoHenries) - ZoutEvaluator.CapacitiveReactance(DisplayFrequencyMilliHertz, leg.Model.CNanoFarads);
                return (long)FixedMath.Isqrt((ulong)((mre * mre) + (mim * mim)));
            }

            if (leg.Points == null)
            {
                return -1;
            }

            ZoutPoint best = null;
            long bestDistance = long.MaxValue;
            for (int i = 0; i < leg.Points.Length; i++)
            {
                ZoutPoint p = leg.Points[i];
                if (p == null || p.Status != MeasurementStatus.Ok)
                {
                    continue;
                }

                long distance = FixedMath.Abs((long)p.FrequencyMilliHertz - DisplayFrequencyMilliHertz);
                if (distance < bestDistance)
                {
                    best = p;
                    bestDistance = distance;
                }
            }

            if (best == null)
            {
                return -1;
            }

            long re = best.ReMicroOhms;
            long im = best.ImMicroOhms;
            return (long)FixedMath.Isqrt((ulong)((re * re) + (im * im)));
        }

        /// <summary>"0.512Ω" for a valid leg, "--" otherwise.</summary>
        public static string Text(MeasurementResult result, Leg leg, UnitMode units)
        {
            long z = MagnitudeMicroOhms(Find(result, leg));
            return z < 0 ? "--" : Units.Impedance(z, units);
        }
    }
}
