using ImpedanceMeter.Core.Dsp;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// The open standard's generator-side part of a calibration: the complex gain step ratios G(g)/G(g−1) that the
    /// solver normalises loaded captures with, measured on the generator itself (no plug involved). Takes its captures
    /// one at a time in the calibrator's scratch store.
    /// </summary>
    public sealed class GainStepCalibrator
    {
        private readonly CaptureRunner _runner;
        private readonly CaptureReducer _reducer;
        private readonly FrontEndConstants _fe;
        private readonly SpotFrequencyPlan _plan;
        private readonly CaptureStore _scratch;
        private readonly CaptureSummary _a = new CaptureSummary();
        private readonly CaptureSummary _b = new CaptureSummary();
        private readonly CaptureSummary _c = new CaptureSummary();
        private string _lastFailure = string.Empty;

        /// <summary>Creates the gain-step calibrator over the calibrator's runner, reducer and scratch store.</summary>
        public GainStepCalibrator(CaptureRunner runner, CaptureReducer reducer, FrontEndConstants fe, SpotFrequencyPlan plan, CaptureStore scratch)
        {
            _runner = runner;
            _reducer = reducer;
            _fe = fe;
            _plan = plan;
            _scratch = scratch;
        }

        /// <summary>What the last failed measurement saw (capture and ADC code span).</summary>
        public string LastFailure
        {
            get { return _lastFailure; }
        }

        /// <summary>
        /// Measures every gain step ratio G(g)/G(g−1) on the generator itself (Unloaded mode, range 0):
        /// a tone reduced by G0/Gg is captured at gains g−1 and g, so both captures see the same
        /// waveform and their phasor ratio is the gain step, independent of any plug.
        /// </summary>
        public MeasurementStatus Measure(int fi, OslCalibration cal)
        {
            for (int g = 1; g < _fe.SenseGains.Length; g++)
            {
                _scratch.Clear();
                int a = _runner.Take(_scratch, CaptureRole.Unloaded, 0, 0, g - 1, fi, 2 * _plan.SamplesPerCapture, g);
                int session = _scratch.Headers[a].Session;
                _reducer.Reduce(_scratch, a, _a);
                _scratch.Clear();
                int b = _runner.Take(_scratch, CaptureRole.Unloaded, 0, 0, g, fi, 2 * _plan.SamplesPerCapture, g);
                _reducer.Reduce(_scratch, b, _b);
                if (_scratch.Headers[b].Session != session)
                {
                    _lastFailure = "stream overrun gain step " + g.ToString() + " N" + _plan.Steps[fi].ToString();
                    return MeasurementStatus.Aborted;
                }

                if (CaptureGuards.OutsideWindow(_a, _fe) || CaptureGuards.OutsideWindow(_b, _fe))
                {
                    _lastFailure = "gain step " + g.ToString() + " N" + _plan.Steps[fi].ToString() + " codes " + _a.MinCode.ToString() + ".." + _a.MaxCode.ToString() + " / " + _b.MinCode.ToString() + ".." + _b.MaxCode.ToString();
                    return MeasurementStatus.OverRange;
                }

                int re;
                int im;
                ComplexMath.Divide(_b.ReQ16, _b.ImQ16, _a.ReQ16, _a.ImQ16, 24, out re, out im);
                if (_runner.IsStream && !MatchStepMagnitude(fi, g, ref re, ref im))
                {
                    return MeasurementStatus.OverRange;
                }

                cal.SetStepRatio(fi, g, re, im);
            }

            return MeasurementStatus.Ok;
        }

        /// <summary>
        /// Stream only: replaces the magnitude of the gain step ratio (Q24, phase kept) by one measured at matched ADC amplitudes:
        /// the reduced tone at gain g (summary _b) against a capture at gain g − 1 with the tone G_g/G_(g−1) times larger, so both
        /// visit the same codes (MatchedMagnitude); |G_g/G_(g−1)| = |X_g|/|X_(g−1)|·F(a_(g−1))/F(a_g). False if that capture left the window.
        /// </summary>
        private bool MatchStepMagnitude(int fi, int g, ref int re, ref int im)
        {
            int codesHigh = CaptureRunner.ReducedAmplitude(_fe, g);
            int codesLow = ((codesHigh * _fe.SenseGains[g]) + (_fe.SenseGains[g - 1] / 2)) / _fe.SenseGains[g - 1];
            codesLow = codesLow > _fe.PlayedToneCodes ? _fe.PlayedToneCodes : codesLow;
            _scratch.Clear();
            int c = _runner.TakeMatched(_scratch, 0, 0, g - 1, fi, 2 * _plan.SamplesPerCapture, codesLow);
            _reducer.Reduce(_scratch, c, _c);
            if (CaptureGuards.OutsideWindow(_c, _fe))
            {
                _lastFailure = "matched gain step " + g.ToString() + " N" + _plan.Steps[fi].ToString() + " codes " + _c.MinCode.ToString() + ".." + _c.MaxCode.ToString();
                return false;
            }

            long high = ComplexMath.Magnitude(_b.ReQ16, _b.ImQ16);
            long low = ComplexMath.Magnitude(_c.ReQ16, _c.ImQ16);
            long ratio = ComplexMath.Magnitude(re, im);
            if (low == 0 || ratio == 0)
            {
                return true;
            }

            // |X_g|/|X_(g−1)| in Q24 (≈ 1), then × F(low)/F(high) (≈ G_g/G_(g−1) ≤ 2^4, F/2^10 < 2^29): below 2^29, products below 2^58.
            long periodTicks = _plan.ToneTicks(fi, _fe.ToneClockTicksPerMicrosecond);
            long matchedQ24 = ScaledDivision.Divide(high, low, 24);
            long fLow = MatchedMagnitude.ScaledFundamental(SpotFrequencyPlan.StreamToneLevels, _fe.ToneMidCode, codesLow, periodTicks);
            long fHigh = MatchedMagnitude.ScaledFundamental(SpotFrequencyPlan.StreamToneLevels, _fe.ToneMidCode, codesHigh, periodTicks);
            matchedQ24 = ScaledDivision.Divide(matchedQ24 * fLow, fHigh, 0);
            re = FixedMath.SaturateToInt(ScaledDivision.Divide(re * matchedQ24, ratio, 0));
            im = FixedMath.SaturateToInt(ScaledDivision.Divide(im * matchedQ24, ratio, 0));
            return true;
        }
    }
}
