using FsCheck;
using FsCheck.Fluent;
using ImpedanceMeter.Cli.Verdict;
using ImpedanceMeter.Core.Verdict;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ImpedanceMeter.Host.Tests.Verdict;

/// <summary>
/// Property-based fuzzing of the impedance-file parser with FsCheck: whatever the input, it
/// either returns a curve that satisfies every rule or throws ImpedanceFileException with a
/// one-line message and a line number inside the text; nothing else escapes.
/// </summary>
[TestClass]
public class ImpedanceFileFuzzTests
{
    private static readonly Config Fuzz = Config.QuickThrowOnFailure.WithMaxTest(1000);

    private static readonly string[] Tokens =
    {
        "20", "1000", "20000", "32.5", "-4.5", "0", "-0", "1e3", "1E-2", "NaN", "Infinity", "-Infinity", "1e999", "abc", "0x10",
        "90", "90.01", "-91", "+7", ".5", "5.", "1,5", "", " ", "\t", ",", ";", "*", "#", "\u0000", "\uFEFF", "\u00e9", "Freq(Hz)",
    };

    [TestMethod]
    public void ArbitraryTextNeverCrashesTheParser()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => Holds(text ?? string.Empty)).Check(Fuzz);
    }

    [TestMethod]
    public void LinesMadeOfNumberLikeTokensNeverCrashTheParser()
    {
        Gen<string> line = Gen.Elements(Tokens).ListOf(5).Select(parts => string.Join(Gen.Elements(" ", ",", ";", "\t").Sample(1, 1)[0], parts));
        Gen<string> file = line.ListOf().Select(lines => string.Join("\n", lines));
        Prop.ForAll(file.ToArbitrary(), Holds).Check(Fuzz);
    }

    [TestMethod]
    public void ValidCurvesWithOneCorruptedLineAreRejectedAtThatLine()
    {
        Gen<(int n, int bad, string token)> cases =
            from n in Gen.Choose(3, 80)
            from bad in Gen.Choose(1, 80)
            from token in Gen.Elements("NaN", "abc", "-5", "0", "1e999", "", "12 13 14 15")
            select (n, Math.Min(bad, n), token);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var lines = Enumerable.Range(1, c.n).Select(i => (20 * i) + " " + (10 + i) + " " + (i % 90)).ToArray();
            lines[c.bad - 1] = (20 * c.bad) + " " + c.token + " 0";
            try
            {
                ImpedanceFileParser.ParseText(string.Join("\n", lines));
                return false;
            }
            catch (ImpedanceFileException e)
            {
                return e.Line == c.bad;
            }
        }).Check(Fuzz);
    }

    [TestMethod]
    public void ExportedCurvesParseBackExactly()
    {
        Gen<IemProfile> profiles =
            from n in Gen.Choose(2, 64)
            from steps in Gen.Choose(1, 5_000_000).ArrayOf(n)
            from mags in Gen.Choose(1, 1_000_000_000).ArrayOf(n)
            from phases in Gen.Choose(-9000, 9000).ArrayOf(n)
            select Profile(steps, mags, phases);
        Prop.ForAll(profiles.ToArbitrary(), p =>
        {
            ImpedanceCurve zma = ImpedanceFileParser.ParseText(ImpedanceFileWriter.ToZma(p));
            ImpedanceCurve csv = ImpedanceFileParser.ParseText(ImpedanceFileWriter.ToCsv(p));
            return SameAsProfile(zma, p) && SameAsProfile(csv, p);
        }).Check(Fuzz);
    }

    private static IemProfile Profile(int[] steps, int[] mags, int[] phases)
    {
        int[] f = new int[steps.Length];
        long acc = 1000;
        for (int i = 0; i < f.Length; i++)
        {
            acc += steps[i];
            f[i] = (int)Math.Min(acc, IemProfile.MaxFrequencyMilliHertz - f.Length + i);
        }

        return new IemProfile { Name = "fuzz", NominalMilliOhms = mags[0], FrequencyMilliHertz = f, MagnitudeMilliOhms = mags, PhaseCentiDegrees = phases };
    }

    private static bool SameAsProfile(ImpedanceCurve c, IemProfile p)
    {
        return c.Count == p.CurveCount
            && Enumerable.Range(0, c.Count).All(i => Math.Round(c.Hertz[i] * 1000) == p.FrequencyMilliHertz[i]
                && Math.Round(c.Ohms[i] * 1000) == p.MagnitudeMilliOhms[i]
                && Math.Round(c.Degrees[i] * 100) == p.PhaseCentiDegrees[i]);
    }

    private static bool Holds(string text)
    {
        int lineCount = 0;
        using (var reader = new StringReader(text))
        {
            while (reader.ReadLine() != null)
            {
                lineCount++;
            }
        }

        try
        {
            ImpedanceCurve c = ImpedanceFileParser.ParseText(text);
            for (int i = 0; i < c.Count; i++)
            {
                bool ok = double.IsFinite(c.Hertz[i]) && c.Hertz[i] > 0 && c.Ohms[i] > 0 && double.IsFinite(c.Ohms[i])
                    && c.Degrees[i] >= -90 && c.Degrees[i] <= 90 && (i == 0 || c.Hertz[i] > c.Hertz[i - 1]);
                if (!ok)
                {
                    return false;
                }
            }

            return c.Count >= 2;
        }
        catch (ImpedanceFileException e)
        {
            return e.Line >= 1 && e.Line <= Math.Max(lineCount, 1) && !e.Message.Contains('\n');
        }
    }
}
