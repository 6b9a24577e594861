using ImpedanceMeter.Core.App;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Storage;
using ImpedanceMeter.Core.Ui;

namespace ImpedanceMeter.Core.Tests.App
{
    /// <summary>
    /// Three resistive IEMs; the deviation is a step function of the ratio (0.1 dB at or above
    /// 1:8, 1.5 dB below), judged against the settings' thresholds like the real verdict.
    /// </summary>
    public sealed class FakeAnalyzer : IMatchAnalyzer
    {
        private readonly string[] _names = new string[] { "iem-a", "iem-b", "iem-c" };
        private readonly int[] _nominal = new int[] { 32000, 14500, 12800 };
        public int AnalyzeCalls;

        public int IemCount
        {
            get { return _names.Length; }
        }

        public string IemName(int index)
        {
            return _names[index];
        }

        public int IemNominalMilliOhms(int index)
        {
            return _nominal[index];
        }

        public void Analyze(MeasurementResult result, int iemIndex, MeterSettings settings, MatchReport report)
        {
            AnalyzeCalls++;
            int zout = result.Legs[0].Points[1].ReMicroOhms;
            report.RatioX100 = (int)((long)_nominal[iemIndex] * 100000 / zout);
            report.DeviationMilliDb = report.RatioX100 >= 800 ? 100 : 1500;
            report.WorstFrequencyHz = 20;
            report.NominalOnly = true;
            report.Verdict = report.DeviationMilliDb <= settings.TransparentMilliDb ? VerdictLevel.Transparent
                : (report.DeviationMilliDb <= settings.MinorMilliDb ? VerdictLevel.Minor : VerdictLevel.Audible);
        }
    }
}
