using ImpedanceMeter.Core.Dsp;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Turns one loaded capture, its unloaded reference and the leg's Listen verdict into a
    /// <see cref="ZoutPoint"/>: guards first (listen, window, block consistency, calibration),
    /// then m = V_l/V_u normalised by the sense-gain ratio, then the OSL correction, then the
    /// range guards (muted, short). Pure; the device and the PC analyser share it.
    /// </summary>
    public static class PointSolver
    {
        /// <summary>Raw ratio X_l/X_u in Q24 (no gain normalisation), as stored for calibration standards.</summary>
        public static void RawRatioQ24(CaptureSummary unloaded, CaptureSummary loaded, out int reQ24, out int imQ24)
        {
            ComplexMath.Divide(loaded.ReQ16, loaded.ImQ16, unloaded.ReQ16, unloaded.ImQ16, 24, out reQ24, out imQ24);
        }

        /// <summary>
        /// Gain-normalised ratio m = X_l/(X_u·k_g) in Q30, k_g the measured complex gain of index
        /// <paramref name="gain"/> relative to gain 0 (Q24). False if that gain ratio is not calibrated.
        /// X_u·k_g is formed in Q16 (|X_u| &lt; 2^28 codes·Q16, |k| &lt; 2^5 → &lt; 2^33: long).
        /// </summary>
        public static bool RatioQ30(CaptureSummary unloaded, CaptureSummary loaded, int gain, int frequency, OslCalibration cal, out int reQ30, out int imQ30)
        {
            int kRe;
            int kIm;
            if (!cal.GainFactorQ24(frequency, gain, out kRe, out kIm))
            {
                reQ30 = 0;
                imQ30 = 0;
                return false;
            }

            long dRe;
            long dIm;
            ComplexMath.Multiply(unloaded.ReQ16, unloaded.ImQ16, kRe, kIm, 16, 24, 16, out dRe, out dIm);
            ComplexMath.Divide(loaded.ReQ16, loaded.ImQ16, dRe, dIm, 30, out reQ30, out imQ30);
            return true;
        }

        /// <summary>Fills <paramref name="point"/> (status, Z in µΩ, achieved frequency) from reduced captures.</summary>
        /// <param name="listen">The leg's Listen verdict (Ok, NotIdle or DcOffset).</param>
        /// <param name="unloaded">Reduced unloaded reference (same range and N).</param>
        /// <param name="loaded">Reduced loaded capture.</param>
        /// <param name="loadedHeader">The loaded capture's header (leg, range, gain, N).</param>
        /// <param name="frequency">Spot-frequency index of N in the plan.</param>
        /// <param name="cal">Calibration.</param>
        /// <param name="fe">Front-end constants and guard limits.</param>
        /// <param name="point">Receives the result.</param>
        public static void Solve(MeasurementStatus listen, CaptureSummary unloaded, CaptureSummary loaded, CaptureHeader loadedHeader, int frequency, OslCalibration cal, FrontEndConstants fe, ZoutPoint point)
        {
            point.Leg = (Leg)loadedHeader.Leg;
            point.FrequencyMilliHertz = loaded.FrequencyMilliHertz;
            point.ReMicroOhms = 0;
            point.ImMicroOhms = 0;
            point.Status = Guard(listen, unloaded, loaded, loadedHeader, fe);
            if (point.Status != MeasurementStatus.Ok)
            {
                return;
            }

            int mRe;
            int mIm;
            if (!RatioQ30(unloaded, loaded, loadedHeader.Gain, frequency, cal, out mRe, out mIm))
            {
                point.Status = MeasurementStatus.NotCalibrated;
                return;
            }

            int zRe;
            int zIm;
            point.Status = cal.Solve(loadedHeader.Leg, loadedHeader.Range, frequency, mRe, mIm, fe.LoadStandardMicroOhms, fe.ShortStandardMicroOhms, out zRe, out zIm);
            if (point.Status != MeasurementStatus.Ok)
            {
                return;
            }

            long magnitude = ComplexMath.Magnitude(zRe, zIm);
            if (magnitude > fe.MutedAboveMicroOhms)
            {
                point.Status = MeasurementStatus.Muted;
                return;
            }

            if (magnitude < fe.ShortBelowMicroOhms)
            {
                point.Status = MeasurementStatus.Short;
                return;
            }

            point.ReMicroOhms = zRe;
            point.ImMicroOhms = zIm;
        }

        /// <summary>Status from the guards that need no calibration: listen verdict, window, consistency, empty capture.</summary>
        public static MeasurementStatus Guard(MeasurementStatus listen, CaptureSummary unloaded, CaptureSummary loaded, CaptureHeader loadedHeader, FrontEndConstants fe)
        {
            if (listen != MeasurementStatus.Ok)
            {
                return listen;
            }

            if (CaptureGuards.OutsideWindow(unloaded, fe) || CaptureGuards.OutsideWindow(loaded, fe))
            {
                return MeasurementStatus.OverRange;
            }

            if (loaded.AcceptedPeriods == 0 || unloaded.AcceptedPeriods == 0 || (unloaded.ReQ16 == 0 && unloaded.ImQ16 == 0))
            {
                return MeasurementStatus.Aborted;
            }

            return CaptureGuards.CheckBlocks(loaded, loadedHeader.SamplesPerPeriod, fe);
        }
    }
}
