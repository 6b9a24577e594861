namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Builds a <see cref="MeasurementResult"/> from the captures of one measurement and a
    /// calibration, with no ports: the device calls it after acquiring, the PC analyser after
    /// reading a capture file, so both produce the same numbers bit for bit.
    /// Per leg: Listen verdict (DC, idle); per spot frequency: the latest loaded capture of that
    /// leg and N with the latest unloaded capture of its range and N; then the leg-level rules
    /// (a point reading Muted beside Ok or Unplugged points means the plug left: Unplugged), the model fit and,
    /// for 4.4 mm, the differential sums.
    /// </summary>
    public static class MeasurementAnalysis
    {
        /// <summary>The legs measured for a jack, in order.</summary>
        public static Leg[] LegsOf(JackType jack)
        {
            // Element stores: an array initializer would need a helper type the device lacks.
            Leg[] legs = new Leg[jack == JackType.Se35 ? 2 : 4];
            Leg first = jack == JackType.Se35 ? Leg.SeLeft : Leg.BalLeftPlus;
            for (int i = 0; i < legs.Length; i++)
            {
                legs[i] = (Leg)((int)first + i);
            }

            return legs;
        }

        /// <summary>Analyses the captures in <paramref name="store"/>.</summary>
        public static MeasurementResult Analyze(CaptureStore store, CaptureReducer reducer, JackType jack, SpotFrequencyPlan plan, OslCalibration cal, FrontEndConstants fe)
        {
            Leg[] legs = LegsOf(jack);
            MeasurementResult result = new MeasurementResult();
            result.Jack = jack;
            result.Legs = new LegResult[jack == JackType.Bal44 ? legs.Length + 2 : legs.Length];
            CaptureSummary u = new CaptureSummary();
            CaptureSummary l = new CaptureSummary();
            for (int i = 0; i < legs.Length; i++)
            {
                result.Legs[i] = AnalyzeLeg(store, reducer, (int)legs[i], plan, cal, fe, u, l);
            }

            if (jack == JackType.Bal44)
            {
                result.Legs[4] = Sum(Leg.BalLeftDiff, result.Legs[0], result.Legs[1]);
                result.Legs[5] = Sum(Leg.BalRightDiff, result.Legs[2], result.Legs[3]);
            }

            result.Status = MeasurementStatus.Ok;
            for (int i = 0; i < result.Legs.Length && result.Status == MeasurementStatus.Ok; i++)
            {
                result.Status = result.Legs[i].Status;
            }

            return result;
        }

        /// <summary>The Listen verdict of a leg with the nominal DC monitor zero (no calibration); see the overload taking a calibration.</summary>
        public static MeasurementStatus ListenStatus(CaptureStore store, CaptureReducer reducer, int leg, FrontEndConstants fe, CaptureSummary scratch)
        {
            return ListenStatus(store, reducer, leg, fe, null, scratch);
        }

        /// <summary>
        /// The Listen verdict of a leg: DcOffset, NotIdle or Ok (Ok when no Listen capture exists); the DC guard
        /// uses the leg's DC monitor zero from <paramref name="cal"/> when it has one (may be null).
        /// </summary>
        public static MeasurementStatus ListenStatus(CaptureStore store, CaptureReducer reducer, int leg, FrontEndConstants fe, OslCalibration cal, CaptureSummary scratch)
        {
            int dc = store.FindLatest(CaptureRole.ListenDc, leg, 0, 0);
            if (dc >= 0)
            {
                MeasurementStatus s = CaptureGuards.CheckDc(store.Headers[dc], fe, cal);
                if (s != MeasurementStatus.Ok)
                {
                    return s;
                }
            }

            int idle = store.FindLatest(CaptureRole.ListenIdle, leg, 0, 0);
            if (idle >= 0)
            {
                reducer.Reduce(store, idle, scratch);
                return CaptureGuards.CheckIdle(scratch, fe);
            }

            return MeasurementStatus.Ok;
        }

        /// <summary>Analyses one leg: Listen verdict, one point per spot frequency (Aborted where no capture exists), leg rules, model.</summary>
        public static LegResult AnalyzeLeg(CaptureStore store, CaptureReducer reducer, int leg, SpotFrequencyPlan plan, OslCalibration cal, FrontEndConstants fe, CaptureSummary u, CaptureSummary l)
        {
            LegResult lr = new LegResult();
            lr.Leg = (Leg)leg;
            lr.Points = new ZoutPoint[plan.Count];
            MeasurementStatus listen = ListenStatus(store, reducer, leg, fe, cal, u);
            bool anyOk = false;
            bool anyMuted = false;
            CaptureSummary matched = null;
            for (int fi = 0; fi < plan.Count; fi++)
            {
                ZoutPoint p = new ZoutPoint();
                p.Leg = lr.Leg;
                lr.Points[fi] = p;
                int li = FindLoaded(store, leg, plan.Steps[fi], plan.Cycles[fi]);
                int ui = li >= 0 ? store.FindLatest(CaptureRole.Unloaded, leg, store.Headers[li].Range, plan.Steps[fi], plan.Cycles[fi], store.Headers[li].Session) : -1;
                if (li < 0 || ui < 0)
                {
                    p.Status = listen != MeasurementStatus.Ok ? listen : MeasurementStatus.Aborted;
                    continue;
                }

                reducer.Reduce(store, ui, u);
                reducer.Reduce(store, li, l);
                if (li + 1 < store.Count && store.Headers[li + 1].Role == CaptureRole.MatchedUnloaded)
                {
                    // Stream: the unloaded magnitude measured at the loaded capture's amplitude (MatchedMagnitude).
                    matched = matched ?? new CaptureSummary();
                    reducer.Reduce(store, li + 1, matched);
                    MatchedMagnitude.Apply(u, matched, SpotFrequencyPlan.StreamToneLevels, fe.ToneMidCode, fe.PlayedToneCodes, store.Headers[li + 1].ToneCodes, plan.ToneTicks(fi, fe.ToneClockTicksPerMicrosecond));
                }

                PointSolver.Solve(listen, u, l, store.Headers[li], fi, cal, fe, p);
                anyOk |= p.Status == MeasurementStatus.Ok || p.Status == MeasurementStatus.Unplugged;
                anyMuted |= p.Status == MeasurementStatus.Muted;
            }

            if (anyOk && anyMuted)
            {
                for (int fi = 0; fi < plan.Count; fi++)
                {
                    if (lr.Points[fi].Status == MeasurementStatus.Muted)
                    {
                        lr.Points[fi].Status = MeasurementStatus.Unplugged;
                    }
                }
            }

            lr.Status = WorstOf(lr.Points);
            lr.Model = ZoutModelFitter.Fit(lr.Points);
            return lr;
        }

        /// <summary>Index of the latest loaded capture of a leg at record length <paramref name="steps"/> and <paramref name="cycles"/> tone periods per record, any range, or −1.</summary>
        private static int FindLoaded(CaptureStore store, int leg, int steps, int cycles)
        {
            for (int i = store.Count - 1; i >= 0; i--)
            {
                CaptureHeader h = store.Headers[i];
                if (h.Role == CaptureRole.Loaded && h.Leg == leg && h.Steps == steps && h.Cycles == cycles)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Ok when every point is Ok, else the status of the first point that is not.</summary>
        public static MeasurementStatus WorstOf(ZoutPoint[] points)
        {
            for (int i = 0; i < points.Length; i++)
            {
                if (points[i].Status != MeasurementStatus.Ok)
                {
                    return points[i].Status;
                }
            }

            return MeasurementStatus.Ok;
        }

        private static LegResult Sum(Leg leg, LegResult plus, LegResult minus)
        {
            LegResult lr = new LegResult();
            lr.Leg = leg;
            lr.Points = new ZoutPoint[plus.Points.Length];
            for (int i = 0; i < lr.Points.Length; i++)
            {
                ZoutPoint a = plus.Points[i];
                ZoutPoint b = minus.Points[i];
                ZoutPoint p = new ZoutPoint();
                p.Leg = leg;
                p.FrequencyMilliHertz = (int)(((long)a.FrequencyMilliHertz + b.FrequencyMilliHertz) / 2);
                p.Status = a.Status != MeasurementStatus.Ok ? a.Status : b.Status;
                if (p.Status == MeasurementStatus.Ok)
                {
                    p.ReMicroOhms = Dsp.FixedMath.SaturateToInt((long)a.ReMicroOhms + b.ReMicroOhms);
                    p.ImMicroOhms = Dsp.FixedMath.SaturateToInt((long)a.ImMicroOhms + b.ImMicroOhms);
                }

                lr.Points[i] = p;
            }

            lr.Status = WorstOf(lr.Points);
            lr.Model = ZoutModelFitter.Fit(lr.Points);
            return lr;
        }
    }
}
