using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Storage;
using ImpedanceMeter.Core.Ui;

namespace ImpedanceMeter.Core.App
{
    /// <summary>
    /// The IEM library and the verdict as the application needs them: names for the picker and
    /// a <see cref="MatchReport"/> for a measurement against one IEM. The device wires the
    /// verdict engine behind it; tests use a fake.
    /// </summary>
    public interface IMatchAnalyzer
    {
        /// <summary>Number of IEMs in the library.</summary>
        int IemCount { get; }

        /// <summary>Display name of IEM <paramref name="index"/>.</summary>
        string IemName(int index);

        /// <summary>Nominal |Z| of IEM <paramref name="index"/> at 1 kHz, mΩ.</summary>
        int IemNominalMilliOhms(int index);

        /// <summary>
        /// Fills <paramref name="report"/> (ratio, deviation, worst frequency, curve, verdict under
        /// the thresholds of <paramref name="settings"/>) for <paramref name="result"/> driving IEM
        /// <paramref name="iemIndex"/>. Must not allocate per call beyond small strings.
        /// </summary>
        void Analyze(MeasurementResult result, int iemIndex, MeterSettings settings, MatchReport report);
    }
}
