using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Derives <see cref="CalibrationState"/> from the calibration data: a standard counts as
    /// present when it is stored for every leg of a jack (3.5 mm or 4.4 mm), every range and every
    /// spot frequency, and the gain-step ratios are complete for every spot frequency.
    /// </summary>
    public static class CalibrationStatus
    {
        /// <summary>Recomputes the flags; when complete after a newly measured standard, issues a new calibration id and time; when incomplete, clears them.</summary>
        public static void Update(CalibrationState state, OslCalibration cal, IClock clock, bool newStandard)
        {
            state.HasOpen = Present(cal, CalStandard.Open);
            state.HasShort = Present(cal, CalStandard.Short);
            state.HasLoad = Present(cal, CalStandard.Load);
            bool ratios = true;
            for (int i = 0; i < cal.StepRatioValid.Length; i++)
            {
                ratios &= cal.StepRatioValid[i];
            }

            if (!ratios)
            {
                // Without the gain ratios no point can be solved: report the standards that need them as missing.
                state.HasShort = false;
                state.HasLoad = false;
            }

            if (state.IsComplete && newStandard)
            {
                state.CalibrationId = state.CalibrationId + 1;
                state.CompletedSeconds = clock.Microseconds / 1000000;
            }

            if (!state.IsComplete)
            {
                state.CalibrationId = 0;
                state.CompletedSeconds = 0;
            }
        }

        /// <summary>True when <paramref name="standard"/> is stored for every slot of at least one jack.</summary>
        public static bool Present(OslCalibration cal, CalStandard standard)
        {
            return PresentFor(cal, standard, MeasurementAnalysis.LegsOf(JackType.Se35)) || PresentFor(cal, standard, MeasurementAnalysis.LegsOf(JackType.Bal44));
        }

        /// <summary>True when <paramref name="standard"/> is stored for every range and frequency of the legs.</summary>
        public static bool PresentFor(OslCalibration cal, CalStandard standard, Leg[] legs)
        {
            for (int l = 0; l < legs.Length; l++)
            {
                for (int r = 0; r < cal.Ranges; r++)
                {
                    for (int f = 0; f < cal.Frequencies; f++)
                    {
                        if (!cal.HasStandard((int)legs[l], r, f, standard))
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        }
    }
}
