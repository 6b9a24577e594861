using ImpedanceMeter.Core.Dsp;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Acquires the captures of one leg at one spot frequency: a short preview on the middle
    /// range (nominal Z = Rs·m/(1 − m)) picks the shunt range; the predicted loaded amplitude
    /// picks the largest sense gain that stays in the ADC window, so loaded and unloaded captures
    /// visit similar codes; a loaded capture that still leaves the window is retaken one gain lower.
    /// </summary>
    public sealed class PointAcquirer
    {
        /// <summary>Periods of the range preview.</summary>
        public const int PreviewPeriods = 6;

        private readonly CaptureRunner _runner;
        private readonly CaptureReducer _reducer;
        private readonly FrontEndConstants _fe;
        private readonly SpotFrequencyPlan _plan;
        private readonly CaptureSummary _u = new CaptureSummary();
        private readonly CaptureSummary _l = new CaptureSummary();

        /// <summary>Creates the acquirer.</summary>
        public PointAcquirer(CaptureRunner runner, CaptureReducer reducer, FrontEndConstants fe, SpotFrequencyPlan plan)
        {
            _runner = runner;
            _reducer = reducer;
            _fe = fe;
            _plan = plan;
        }

        /// <summary>The range whose unloaded reference the preview uses (the middle one).</summary>
        public int PreviewRange
        {
            get { return _fe.ShuntMicroOhms.Length / 2; }
        }

        /// <summary>
        /// Takes the preview, the unloaded references it needs and the loaded capture in
        /// <paramref name="store"/>; the preview is dropped again once reduced (it is not part of the
        /// measurement, and its room is free: the loaded capture of this point is not taken yet).
        /// Returns false if the store was full.
        /// </summary>
        public bool Acquire(CaptureStore store, int leg, int frequency)
        {
            int steps = _plan.Steps[frequency];
            int pr = PreviewRange;
            int ui = EnsureUnloaded(store, pr, frequency);
            if (ui < 0)
            {
                return false;
            }

            int pi = _runner.Take(store, CaptureRole.Preview, leg, pr, 0, frequency, PreviewPeriods * steps);
            if (pi < 0)
            {
                return false;
            }

            _reducer.Reduce(store, ui, _u);
            _reducer.Reduce(store, pi, _l);
            store.DropLast();
            long zRe;
            long zIm;
            NominalZ(_u, _l, _fe.ShuntMicroOhms[pr], out zRe, out zIm);
            int range = ChooseRange(ComplexMath.Magnitude(zRe, zIm));
            if (range != pr)
            {
                DropUnusedReference(store, ui);
            }

            for (int attempt = 0; ; attempt++)
            {
                int li = AcquireLoaded(store, leg, range, frequency, zRe, zIm);
                if (li < 0)
                {
                    return false;
                }

                // The preview is only a few periods: a stall in it (all its periods rejected) reads Z ≈ 0 and picks
                // the 1 Ω range for a 75 Ω source. Check the range against the loaded capture itself; retake once.
                int gain = store.Headers[li].Gain;
                long lRe = ((long)_l.ReQ16 * _fe.SenseGains[0]) / _fe.SenseGains[gain];
                long lIm = ((long)_l.ImQ16 * _fe.SenseGains[0]) / _fe.SenseGains[gain];
                NominalZ(_u.ReQ16, _u.ImQ16, lRe, lIm, _fe.ShuntMicroOhms[range], out zRe, out zIm);
                int check = ChooseRange(ComplexMath.Magnitude(zRe, zIm));
                if (check == range || attempt > 0 || CaptureGuards.CheckBlocks(_l, store.Headers[li].SamplesPerPeriod, _fe) != MeasurementStatus.Ok)
                {
                    // Keep an inconsistent capture (unplugged, not idle) as it is: the point's guards report it.
                    // The stream follows the loaded capture with the unloaded magnitude at its amplitude (MatchedMagnitude).
                    return !_runner.IsStream || TakeMatched(store, leg, range, frequency) >= 0;
                }

                store.DropLast();
                DropUnusedReference(store, store.FindLatest(CaptureRole.Unloaded, 0, range, steps, _plan.Cycles[frequency], _runner.Session));
                range = check;
            }
        }

        /// <summary>
        /// Stream only: drops the unloaded reference <paramref name="ui"/> of a range the point will not be measured on when it
        /// is the store's last capture. Each stream point is its own phase-reference session, so no other point can use it, and
        /// the solution (and a capture file's analysis) pairs a loaded capture only with the reference of its own range: this
        /// frees its room, and the engine's store holds one reference per point instead of up to three (heap, firmware/README.md).
        /// </summary>
        private void DropUnusedReference(CaptureStore store, int ui)
        {
            if (_runner.IsStream && ui >= 0 && ui == store.Count - 1)
            {
                store.DropLast();
            }
        }

        /// <summary>
        /// Takes the loaded capture of (<paramref name="leg"/>, <paramref name="range"/>) at the largest gain that the nominal Z
        /// (µΩ) predicts to fit, one gain lower while it leaves the window; leaves the unloaded summary in _u and the
        /// loaded one in _l. Returns the loaded capture's index, or −1 if the store was full.
        /// </summary>
        private int AcquireLoaded(CaptureStore store, int leg, int range, int frequency, long zRe, long zIm)
        {
            int ui = EnsureUnloaded(store, range, frequency);
            if (ui < 0)
            {
                return -1;
            }

            _reducer.Reduce(store, ui, _u);
            int gain = ChooseGain(ComplexMath.Magnitude(_u.ReQ16, _u.ImQ16), zRe, zIm, _fe.ShuntMicroOhms[range]);
            while (true)
            {
                int li = _runner.Take(store, CaptureRole.Loaded, leg, range, gain, frequency, _plan.SamplesPerCapture);
                if (li < 0)
                {
                    return -1;
                }

                _reducer.Reduce(store, li, _l);
                if (gain == 0 || !CaptureGuards.OutsideWindow(_l, _fe))
                {
                    return li;
                }

                store.DropLast();
                gain--;
            }
        }

        /// <summary>
        /// Stream only: the <see cref="CaptureRole.MatchedUnloaded"/> capture for the loaded capture just reduced into _l, whose
        /// unloaded reference is in _u: the tone scaled so that the ADC sees the loaded amplitude. Returns its index or −1.
        /// </summary>
        private int TakeMatched(CaptureStore store, int leg, int range, int frequency)
        {
            int codes = MatchedMagnitude.MatchingCodes(ComplexMath.Magnitude(_l.ReQ16, _l.ImQ16), ComplexMath.Magnitude(_u.ReQ16, _u.ImQ16), _fe.PlayedToneCodes);
            return _runner.TakeMatched(store, leg, range, 0, frequency, _plan.SamplesPerCapture, codes);
        }

        /// <summary>Index of the unloaded reference for (range, frequency) in the store, capturing it if missing.</summary>
        public int EnsureUnloaded(CaptureStore store, int range, int frequency)
        {
            // The stream pairs captures only within its current phase-reference session (always 0 for the lock-step).
            int ui = store.FindLatest(CaptureRole.Unloaded, 0, range, _plan.Steps[frequency], _plan.Cycles[frequency], _runner.Session);
            if (ui >= 0)
            {
                return ui;
            }

            ui = _runner.Take(store, CaptureRole.Unloaded, 0, range, 0, frequency, _plan.ReferenceSamples);
            if (ui >= 0 && _runner.IsStream)
            {
                // The stream's short reference follows a loaded preview by 30 ms: at 98 Hz the relay's switching transient
                // can still push it out of the ADC window (1 reading in 100 at 0.05–0.1 Ω in the bench). Retake it once.
                _reducer.Reduce(store, ui, _u);
                if (CaptureGuards.OutsideWindow(_u, _fe))
                {
                    store.DropLast();
                    ui = _runner.Take(store, CaptureRole.Unloaded, 0, range, 0, frequency, _plan.ReferenceSamples);
                }
            }

            return ui;
        }

        /// <summary>Nominal Z (µΩ) from an unloaded and a loaded summary at the same gain: Rs·m/(1 − m); saturates for m ≈ 1.</summary>
        public static void NominalZ(CaptureSummary unloaded, CaptureSummary loaded, int shuntMicroOhms, out long zRe, out long zIm)
        {
            NominalZ(unloaded.ReQ16, unloaded.ImQ16, loaded.ReQ16, loaded.ImQ16, shuntMicroOhms, out zRe, out zIm);
        }

        /// <summary>Nominal Z (µΩ) from unloaded and loaded phasors (Q16 codes, same gain): Rs·m/(1 − m); saturates for m ≈ 1.</summary>
        public static void NominalZ(long uRe, long uIm, long lRe, long lIm, int shuntMicroOhms, out long zRe, out long zIm)
        {
            int mRe;
            int mIm;
            ComplexMath.Divide(lRe, lIm, uRe, uIm, 30, out mRe, out mIm);
            int rRe;
            int rIm;
            ComplexMath.Divide(mRe, mIm, (long)FixedMath.OneQ30 - mRe, -(long)mIm, 16, out rRe, out rIm);
            zRe = ComplexMath.RoundShift((long)rRe * shuntMicroOhms, 16);
            zIm = ComplexMath.RoundShift((long)rIm * shuntMicroOhms, 16);
        }

        /// <summary>The lowest range whose upper limit exceeds |Z| (µΩ).</summary>
        public int ChooseRange(long magnitudeMicroOhms)
        {
            for (int r = 0; r < _fe.RangeUpperMicroOhms.Length; r++)
            {
                if (magnitudeMicroOhms < _fe.RangeUpperMicroOhms[r])
                {
                    return r;
                }
            }

            return _fe.RangeUpperMicroOhms.Length - 1;
        }

        /// <summary>
        /// The largest gain index whose predicted loaded amplitude |X_u|·|Z/(Rs + Z)|·G_g/G_0 stays
        /// within <see cref="FrontEndConstants.MaxToneAmplitudeCodes"/>.
        /// </summary>
        public int ChooseGain(long unloadedMagnitudeQ16, long zRe, long zIm, int shuntMicroOhms)
        {
            int mRe;
            int mIm;
            ComplexMath.Divide(zRe, zIm, zRe + shuntMicroOhms, zIm, 16, out mRe, out mIm);
            long predictedQ16 = ComplexMath.RoundShift(unloadedMagnitudeQ16 * ComplexMath.Magnitude(mRe, mIm), 16);
            long limitQ16 = (long)_fe.MaxToneAmplitudeCodes << 16;
            int best = 0;
            for (int g = 1; g < _fe.SenseGains.Length; g++)
            {
                if ((predictedQ16 * _fe.SenseGains[g]) / _fe.SenseGains[0] <= limitQ16)
                {
                    best = g;
                }
            }

            return best;
        }
    }
}
