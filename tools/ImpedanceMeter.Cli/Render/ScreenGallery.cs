using System.Numerics;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Ui;

namespace ImpedanceMeter.Cli.Render;

/// <summary>
/// Every screen state worth a picture, as (name, view) pairs. <c>imeter render</c> writes them
/// as PNGs and the golden-screen tests compare them with tests/ImpedanceMeter.Host.Tests/Ui/Golden.
/// The sample numbers are illustrative; the deviation curves are computed here with doubles
/// from H(f) = Z_iem / (Z_iem + Zout) (DESIGN.md §2).
/// </summary>
public static class ScreenGallery
{
    public static IReadOnlyList<(string Name, MeterView View)> All()
    {
        var list = new List<(string, MeterView)>();
        list.Add(("splash", Splash(4)));
        list.Add(("splash-selftest-running", Splash(2)));
        list.Add(("splash-storage-corrupt", With(Splash(4), v => { v.SelfTestText[3] = "settings corrupt"; v.SelfTestPassed[3] = false; })));
        list.Add(("home", Home(0)));
        list.Add(("home-cal-missing", With(Home(3), v => v.Calibration = CalibrationHealth.Missing)));
        list.Add(("iem-picker", Picker()));
        list.Add(("measuring", Measuring()));
        list.Add(("result-se-transparent", ResultSe(250_000, 0, VerdictLevel.Transparent)));
        list.Add(("result-se-audible", ResultSe(4_700_000, 220, VerdictLevel.Audible)));
        list.Add(("result-bal-minor", ResultBal()));
        list.Add(("result-no-iem", With(ResultSe(512_000, 0, VerdictLevel.None), v => v.IemName = string.Empty)));
        list.Add(("curve-audible", WithScreen(ResultSe(4_700_000, 220, VerdictLevel.Audible), ScreenId.Curve)));
        list.Add(("curve-transparent", WithScreen(ResultSe(250_000, 0, VerdictLevel.Transparent), ScreenId.Curve)));
        list.Add(("calibrate-open", Calibrate(CalStandard.Open, 0)));
        list.Add(("calibrate-short", Calibrate(CalStandard.Short, 1)));
        list.Add(("calibrate-load", Calibrate(CalStandard.Load, 3)));
        list.Add(("settings", Settings(false)));
        list.Add(("settings-editing", Settings(true)));
        foreach (ErrorKind kind in Enum.GetValues<ErrorKind>())
        {
            list.Add(("error-" + Kebab(kind.ToString()), Error(kind)));
        }

        return list;
    }

    public static FrameBuffer Render(MeterView view)
    {
        var fb = new FrameBuffer();
        ScreenRenderer.Render(fb, view);
        return fb;
    }

    private static MeterView Base()
    {
        var v = new MeterView
        {
            IemName = "sample BA",
            IemNominalMilliOhms = 14_500,
            Jack = JackType.Se35,
            Calibration = CalibrationHealth.Valid,
            CalibrationAgeDays = 3,
        };
        // Render samples, not products: the built-in archetype models plus two sample entries.
        v.IemNames = new[] { "sample BA", "sample multiBA", "model-1dd", "model-1ba", "model-3ba", "model-hybrid", "my-import" };
        v.IemNominals = new[] { 14_500, 12_800, 32_040, 10_740, 50_690, 13_780, 16_000 };
        v.IemCount = v.IemNames.Length;
        return v;
    }

    private static MeterView With(MeterView v, Action<MeterView> change)
    {
        change(v);
        return v;
    }

    private static MeterView WithScreen(MeterView v, ScreenId screen) => With(v, x => x.Screen = screen);

    private static MeterView Splash(int linesDone)
    {
        var v = Base();
        v.Screen = ScreenId.Splash;
        string[] labels = { "Display", "ADC mid 1612", "Relays", "Storage" };
        for (int i = 0; i < linesDone; i++)
        {
            v.SelfTestText[i] = labels[i];
            v.SelfTestPassed[i] = true;
        }

        return v;
    }

    private static MeterView Home(int cursor) => With(Base(), v => { v.Screen = ScreenId.Home; v.Cursor = cursor; });

    private static MeterView Picker() => With(Base(), v => { v.Screen = ScreenId.IemPicker; v.Cursor = 3; v.Scroll = 1; });

    private static MeterView Measuring() => With(Base(), v =>
    {
        v.Screen = ScreenId.Measuring;
        v.ProgressTitle = "Measuring";
        v.ProgressPercent = 45;
        v.ProgressStage = "R 1 kHz";
    });

    private static MeterView Calibrate(CalStandard step, int doneMask) => With(Base(), v =>
    {
        v.Screen = ScreenId.Calibrate;
        v.CalStep = step;
        v.CalDoneMask = doneMask;
    });

    private static MeterView Settings(bool editing) => With(Base(), v =>
    {
        v.Screen = ScreenId.Settings;
        v.Cursor = editing ? 1 : 0;
        v.Editing = editing;
    });

    private static MeterView Error(ErrorKind kind) => With(Base(), v =>
    {
        v.Screen = ScreenId.Error;
        v.Error = kind;
        v.ErrorDetail = kind == ErrorKind.Internal ? "NullReferenceException" : (kind == ErrorKind.NotIdle ? "leg L" : string.Empty);
    });

    /// <summary>A single-ended result; <paramref name="couplingMicroFarads"/> 0 = DC-coupled.</summary>
    public static MeterView ResultSe(int rMicroOhms, int couplingMicroFarads, VerdictLevel verdict)
    {
        var v = Base();
        v.Screen = ScreenId.Result;
        v.Jack = JackType.Se35;
        v.Result = SampleResult(JackType.Se35, rMicroOhms, couplingMicroFarads);
        FillMatch(v.Match, rMicroOhms * 1e-6, couplingMicroFarads * 1e-6, 14.5, verdict, couplingMicroFarads > 0);
        return v;
    }

    private static MeterView ResultBal()
    {
        var v = Base();
        v.Screen = ScreenId.Result;
        v.Jack = JackType.Bal44;
        v.IemName = "sample multiBA";
        v.Result = SampleResult(JackType.Bal44, 560_000, 0);
        FillMatch(v.Match, 2 * 0.56, 0, 12.8, VerdictLevel.Minor, false);
        return v;
    }

    public static MeasurementResult SampleResult(JackType jack, int rMicroOhms, int couplingMicroFarads)
    {
        Leg[] legs = jack == JackType.Se35
            ? new[] { Leg.SeLeft, Leg.SeRight }
            : new[] { Leg.BalLeftPlus, Leg.BalLeftMinus, Leg.BalRightPlus, Leg.BalRightMinus, Leg.BalLeftDiff, Leg.BalRightDiff };
        var result = new MeasurementResult { Jack = jack, Status = MeasurementStatus.Ok, CalibrationId = 7, Legs = new LegResult[legs.Length] };
        for (int i = 0; i < legs.Length; i++)
        {
            bool diff = legs[i] == Leg.BalLeftDiff || legs[i] == Leg.BalRightDiff;
            int r = (diff ? 2 * rMicroOhms : rMicroOhms) + (i * 3_000);
            var points = new ZoutPoint[3];
            int[] mhz = { 100_000, 1_000_000, 10_000_000 };
            for (int p = 0; p < 3; p++)
            {
                double xc = couplingMicroFarads == 0 ? 0 : -1 / (2 * Math.PI * mhz[p] / 1000.0 * couplingMicroFarads * 1e-6);
                points[p] = new ZoutPoint { Leg = legs[i], FrequencyMilliHertz = mhz[p], ReMicroOhms = r, ImMicroOhms = (int)(xc * 1e6), Status = MeasurementStatus.Ok };
            }

            result.Legs[i] = new LegResult
            {
                Leg = legs[i],
                Points = points,
                Status = MeasurementStatus.Ok,
                Model = new ZoutModel { RMicroOhms = r, CNanoFarads = couplingMicroFarads * 1000, IsValid = true },
            };
        }

        return result;
    }

    /// <summary>Deviation of a sample IEM (R + series L, a single-BA-like rise) driven from R + series C.</summary>
    public static void FillMatch(MatchReport m, double rOhms, double cFarads, double iemOhms, VerdictLevel verdict, bool fromModel)
    {
        Complex Zout(double f) => new Complex(rOhms, cFarads > 0 ? -1 / (2 * Math.PI * f * cFarads) : 0);
        Complex Ziem(double f) => new Complex(iemOhms, 2 * Math.PI * f * 0.12e-3);
        double Level(double f) => 20 * Math.Log10(Complex.Abs(Ziem(f) / (Ziem(f) + Zout(f))));
        double reference = Level(1000);
        double min = double.MaxValue, max = double.MinValue, worst = 0;
        int worstF = 1000;
        for (int i = 0; i < CurveBands.Count; i++)
        {
            double d = Level(CurveBands.FrequenciesHz[i]) - reference;
            m.CurveMilliDb[i] = (int)Math.Round(d * 1000);
            min = Math.Min(min, d);
            max = Math.Max(max, d);
            if (Math.Abs(d) > worst)
            {
                worst = Math.Abs(d);
                worstF = CurveBands.FrequenciesHz[i];
            }
        }

        m.DeviationMilliDb = (int)Math.Round((max - min) * 1000);
        m.WorstFrequencyHz = worstF;
        m.RatioX100 = (int)Math.Round(iemOhms / Complex.Abs(Zout(1000)) * 100);
        m.Verdict = verdict;
        m.FromModel = fromModel;
        m.NominalOnly = false;
    }

    private static string Kebab(string name)
    {
        var sb = new System.Text.StringBuilder();
        foreach (char c in name)
        {
            if (char.IsUpper(c) && sb.Length > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
