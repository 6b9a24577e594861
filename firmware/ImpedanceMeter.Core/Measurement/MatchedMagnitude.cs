using ImpedanceMeter.Core.Dsp;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Stream only: the ADC's nonlinearity (INL bow and steps, up to ±12 LSB) changes a sine's measured
    /// amplitude by a gain that depends on the amplitude; a loaded capture smaller than its unloaded
    /// reference therefore reads |m| biased by up to 0.5–0.7 % (simulator, docs/measurement.md §5.5). The
    /// RMT tone's levels are PWM duty cycles, exact in time, so a tone of known level ratio is a linear
    /// reference: the unloaded magnitude is re-measured with the tone scaled until the ADC sees the loaded
    /// capture's amplitude, and the full-tone magnitude follows as |M|·F(full)/F(a) (F: the fundamental of the
    /// levels the generator really plays, <see cref="PwmToneLevels.Fundamental"/>, whose whole-tick high times
    /// differ from the codes by up to 0.08 code at 975.6 Hz). The full-tone unloaded capture keeps only
    /// its phase, which a static nonlinearity does not move. Pure integer code shared with the PC analyser.
    /// </summary>
    public static class MatchedMagnitude
    {
        /// <summary>
        /// Rescales <paramref name="unloaded"/>'s phasor, keeping its phase, to the magnitude the matched capture implies:
        /// |M|·F(<paramref name="fullCodes"/>)/F(<paramref name="matchedCodes"/>) (Q16 codes). Unchanged if a magnitude is zero.
        /// </summary>
        /// <param name="unloaded">Full-tone unloaded summary (phase reference), rescaled in place.</param>
        /// <param name="matched">Summary of the matched capture (tone at <paramref name="matchedCodes"/>).</param>
        /// <param name="levels">Tone levels per period (<see cref="SpotFrequencyPlan.StreamToneLevels"/>).</param>
        /// <param name="midCode">Level code of the tone's centre.</param>
        /// <param name="fullCodes">Peak amplitude of the full tone, codes.</param>
        /// <param name="matchedCodes">Peak amplitude of the matched tone, codes.</param>
        /// <param name="periodTicks">The generator's ticks per tone period (<see cref="SpotFrequencyPlan.ToneTicks"/>; 0: levels exact).</param>
        public static void Apply(CaptureSummary unloaded, CaptureSummary matched, int levels, int midCode, int fullCodes, int matchedCodes, long periodTicks)
        {
            long uMag = ComplexMath.Magnitude(unloaded.ReQ16, unloaded.ImQ16);
            long mMag = ComplexMath.Magnitude(matched.ReQ16, matched.ImQ16);
            long fFull = ScaledFundamental(levels, midCode, fullCodes, periodTicks);
            long fMatched = ScaledFundamental(levels, midCode, matchedCodes, periodTicks);
            if (uMag == 0 || mMag == 0 || fMatched <= 0)
            {
                return;
            }

            // |M| < 2^31 (Q16 codes in an int) and F/2^10 < 2^29: the product fits a long.
            long target = ScaledDivision.Divide(mMag * fFull, fMatched, 0);
            unloaded.ReQ16 = FixedMath.SaturateToInt(ScaledDivision.Divide(unloaded.ReQ16 * target, uMag, 0));
            unloaded.ImQ16 = FixedMath.SaturateToInt(ScaledDivision.Divide(unloaded.ImQ16 * target, uMag, 0));
        }

        /// <summary>
        /// <see cref="PwmToneLevels.Fundamental"/> / 2^10 (below 2^29 for amplitudes up to 127 codes, resolution 1e-8 of the
        /// played tone's), so that a product with a Q16 magnitude or a Q24 ratio fits a long. Ratios of these are what the
        /// matched magnitudes use; for exact levels they equal the old code·Q14 sums times four.
        /// </summary>
        public static long ScaledFundamental(int levels, int midCode, int amplitudeCodes, long periodTicks)
        {
            return PwmToneLevels.Fundamental(levels, midCode, amplitudeCodes, periodTicks) >> 10;
        }

        /// <summary>
        /// The tone amplitude (codes, 1…<paramref name="fullCodes"/>) at which the unloaded capture matches the
        /// loaded capture's ADC amplitude: round(full·|L|/|U|), |L| and |U| as measured (Q16 codes, any gains).
        /// </summary>
        public static int MatchingCodes(long loadedMagnitudeQ16, long unloadedMagnitudeQ16, int fullCodes)
        {
            if (unloadedMagnitudeQ16 <= 0)
            {
                return fullCodes;
            }

            long codes = ScaledDivision.Divide(loadedMagnitudeQ16 * fullCodes, unloadedMagnitudeQ16, 0);
            return (int)(codes < 1 ? 1 : (codes > fullCodes ? fullCodes : codes));
        }
    }
}
