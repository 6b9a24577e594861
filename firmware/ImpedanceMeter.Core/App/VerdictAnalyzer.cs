using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Storage;
using ImpedanceMeter.Core.Ui;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Core.App
{
    /// <summary>
    /// <see cref="IMatchAnalyzer"/> over the verdict engine: the IEM library for the picker, and
    /// <see cref="DeviationEngine"/> per leg — L and R for 3.5 mm, the differential sums
    /// Z(+) + Z(−) for 4.4 mm (what a balanced cable sees, DESIGN.md §2) — keeping the worst
    /// leg. The fitted model is used when valid (labelled "model"), else the measured points.
    /// </summary>
    public sealed class VerdictAnalyzer : IMatchAnalyzer
    {
        private readonly IemLibrary _library;
        private readonly VerdictSettings _verdictSettings = new VerdictSettings();
        private int[] _bandIndex;

        /// <summary>Analyses against the IEMs of <paramref name="library"/>.</summary>
        public VerdictAnalyzer(IemLibrary library)
        {
            _library = library;
        }

        /// <summary>Entries in the library, built-ins first.</summary>
        public int IemCount
        {
            get { return _library.Count; }
        }

        /// <summary>Name of entry <paramref name="index"/>.</summary>
        public string IemName(int index)
        {
            return _library.Name(index);
        }

        /// <summary>Nominal |Z| of entry <paramref name="index"/>, mΩ.</summary>
        public int IemNominalMilliOhms(int index)
        {
            return _library.NominalMilliOhms(index);
        }

        /// <summary>Judges <paramref name="result"/> on IEM <paramref name="iemIndex"/> under the thresholds of <paramref name="settings"/>.</summary>
        public void Analyze(MeasurementResult result, int iemIndex, MeterSettings settings, MatchReport report)
        {
            report.Clear();
            IemProfile iem = _library.Get(iemIndex);
            _verdictSettings.TransparentMaxMilliDb = settings.TransparentMilliDb;
            _verdictSettings.MinorMaxMilliDb = settings.MinorMilliDb;
            bool bal = result.Jack == JackType.Bal44;
            bool any = false;
            for (int k = 0; k < 2; k++)
            {
                LegResult leg = LegValues.Find(result, bal ? (k == 0 ? Leg.BalLeftDiff : Leg.BalRightDiff) : (k == 0 ? Leg.SeLeft : Leg.SeRight));
                if (leg == null || leg.Status != MeasurementStatus.Ok)
                {
                    continue;
                }

                // One VerdictResult alive at a time: the worse leg is copied into the report and
                // the result dropped before the next leg is computed (peak heap, firmware/README.md).
                VerdictResult v = DeviationEngine.Compute(iem, leg, _verdictSettings);
                bool worse = !any || (v.HasCurve ? v.PeakToPeakMilliDb > report.DeviationMilliDb : v.RatioNominalMilli / 10 < report.RatioX100);
                if (worse)
                {
                    Fill(v, report);
                    any = true;
                }
            }
        }

        private void Fill(VerdictResult v, MatchReport report)
        {
            report.RatioX100 = v.RatioNominalMilli == VerdictResult.RatioUnbounded ? int.MaxValue : v.RatioNominalMilli / 10;
            report.DeviationMilliDb = v.PeakToPeakMilliDb;
            report.WorstFrequencyHz = v.WorstFrequencyMilliHertz / 1000;
            report.NominalOnly = v.Kind == VerdictKind.RatioOnly;
            report.FromModel = v.ZoutFromModel;
            report.Verdict = ToLevel(v);
            if (!v.HasCurve)
            {
                return;
            }

            if (_bandIndex == null)
            {
                _bandIndex = NearestGridPoints(v.FrequencyMilliHertz);
            }

            for (int i = 0; i < CurveBands.Count; i++)
            {
                report.CurveMilliDb[i] = v.DeviationMilliDb[_bandIndex[i]];
            }
        }

        private static VerdictLevel ToLevel(VerdictResult v)
        {
            switch (v.Kind)
            {
                case VerdictKind.Transparent: return VerdictLevel.Transparent;
                case VerdictKind.Minor: return VerdictLevel.Minor;
                case VerdictKind.Audible: return VerdictLevel.Audible;
                default: return v.PassesRatioRule ? VerdictLevel.Transparent : VerdictLevel.Audible;
            }
        }

        /// <summary>For each third-octave band, the index of the nearest grid frequency (linear distance in mHz).</summary>
        private static int[] NearestGridPoints(int[] gridMilliHertz)
        {
            int[] index = new int[CurveBands.Count];
            for (int b = 0; b < CurveBands.Count; b++)
            {
                long target = CurveBands.FrequenciesHz[b] * 1000L;
                long best = long.MaxValue;
                for (int g = 0; g < gridMilliHertz.Length; g++)
                {
                    long d = gridMilliHertz[g] - target;
                    d = d < 0 ? -d : d;
                    if (d < best)
                    {
                        best = d;
                        index[b] = g;
                    }
                }
            }

            return index;
        }
    }
}
