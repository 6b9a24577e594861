using System.Numerics;
using System.Text.Json;
using ImpedanceMeter.Core.Verdict;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ImpedanceMeter.Host.Tests.Verdict;

/// <summary>
/// `imeter predict` against an independent double-precision calculation written here with
/// System.Numerics.Complex: H = Z/(Z + Zout), Z interpolated (|Z| and phase linear in ln f) from
/// the archetype's stored points, deviation re 1 kHz on the JSON's own frequencies.
/// </summary>
[TestClass]
public class PredictCommandTests
{
    private static Complex Iem(IemProfile p, double hz)
    {
        int n = p.CurveCount;
        double F(int i) => p.FrequencyMilliHertz[i] / 1000.0;
        Complex Point(double mag, double deg) => Complex.FromPolarCoordinates(mag / 1000, deg / 100 * Math.PI / 180);
        if (hz <= F(0))
        {
            return Point(p.MagnitudeMilliOhms[0], p.PhaseCentiDegrees[0]);
        }

        if (hz >= F(n - 1))
        {
            return Point(p.MagnitudeMilliOhms[n - 1], p.PhaseCentiDegrees[n - 1]);
        }

        int i = Enumerable.Range(0, n - 1).First(k => F(k + 1) >= hz);
        double t = Math.Log(hz / F(i)) / Math.Log(F(i + 1) / F(i));
        return Point(p.MagnitudeMilliOhms[i] + (t * (p.MagnitudeMilliOhms[i + 1] - p.MagnitudeMilliOhms[i])), p.PhaseCentiDegrees[i] + (t * (p.PhaseCentiDegrees[i + 1] - p.PhaseCentiDegrees[i])));
    }

    private static double GainDb(IemProfile p, double zout, double hz) => 20 * Math.Log10((Iem(p, hz) / (Iem(p, hz) + zout)).Magnitude);

    private static JsonElement Predict(params string[] args)
    {
        var r = CliRunner.Run(new[] { "predict", "--json" }.Concat(args).ToArray());
        Assert.AreEqual(0, r.ExitCode, r.Error);
        return JsonDocument.Parse(r.Output).RootElement;
    }

    [TestMethod]
    public void EveryArchetypeAtHalfTwoTenAndSeventyFiveOhmsMatchesTheDoubleCalculation()
    {
        IemProfile[] builtIns = BuiltInIems.Create();
        double worst = 0;
        foreach (IemProfile p in builtIns.Where(b => b.Origin == IemOrigin.ArchetypeModel))
        {
            foreach (double zout in new[] { 0.5, 2, 10, 75 })
            {
                JsonElement j = Predict("--zout", zout.ToString(System.Globalization.CultureInfo.InvariantCulture), "--iem", p.Name);
                double reference = GainDb(p, zout, 1000);
                var curve = j.GetProperty("curve").EnumerateArray().ToArray();
                Assert.AreEqual(121, curve.Length);
                double max = double.MinValue;
                double min = double.MaxValue;
                double worstAbs = -1;
                double worstHz = 0;
                foreach (JsonElement point in curve)
                {
                    double hz = point.GetProperty("hz").GetDouble();
                    double expected = GainDb(p, zout, hz) - reference;
                    double error = Math.Abs(point.GetProperty("db").GetDouble() - expected);
                    worst = Math.Max(worst, error);
                    Assert.IsTrue(error <= 0.01, p.Name + " at " + zout + " ohm, " + hz + " Hz: error " + error + " dB");
                    max = Math.Max(max, expected);
                    min = Math.Min(min, expected);
                    if (Math.Abs(expected) > worstAbs)
                    {
                        worstAbs = Math.Abs(expected);
                        worstHz = hz;
                    }
                }

                Assert.AreEqual(max - min, j.GetProperty("deviation_pp_db").GetDouble(), 0.002, p.Name + " pp at " + zout);
                // The reported worst frequency must be a point whose |deviation| is the largest (ties within rounding allowed).
                double reportedHz = j.GetProperty("worst_hz").GetDouble();
                Assert.AreEqual(worstAbs, Math.Abs(GainDb(p, zout, reportedHz) - reference), 0.002, p.Name + " worst frequency at " + zout + ": " + reportedHz + " vs " + worstHz);
                double ratioMin = curve.Select(c => Iem(p, c.GetProperty("hz").GetDouble()).Magnitude / zout).Min();
                Assert.AreEqual(ratioMin, j.GetProperty("ratio_min").GetDouble(), 0.0015, p.Name + " ratio at " + zout);
                Assert.AreEqual(ratioMin >= 8, j.GetProperty("rule_1_8").GetBoolean());
                double pp = max - min;
                string verdict = pp <= 0.5 ? "transparent" : pp <= 1 ? "minor" : "audible";
                if (Math.Abs(pp - 0.5) > 0.002 && Math.Abs(pp - 1) > 0.002)
                {
                    Assert.AreEqual(verdict, j.GetProperty("verdict").GetString(), p.Name + " at " + zout);
                }
            }
        }

        Console.WriteLine("predict vs double, 4 archetypes x 4 sources: worst error " + worst + " dB");
    }

    [TestMethod]
    public void JsonHasTheStableKeys()
    {
        JsonElement j = Predict("--zout", "1", "--zout-c", "220e-6", "--iem", "model-hybrid");
        foreach (string key in new[] { "ratio_min", "rule_1_8", "deviation_pp_db", "worst_hz", "verdict", "curve", "ratio_nominal", "iem_origin" })
        {
            Assert.IsTrue(j.TryGetProperty(key, out _), key);
        }

        Assert.AreEqual("model", j.GetProperty("iem_origin").GetString());
        Assert.AreEqual(220e-6, j.GetProperty("zout_c_farad").GetDouble());
    }

    [TestMethod]
    public void CouplingCapacitorShowsUpAsBassLoss()
    {
        JsonElement dc = Predict("--zout", "1", "--iem", "model-1dd");
        JsonElement ac = Predict("--zout", "1", "--zout-c", "100e-6", "--iem", "model-1dd");
        double bassDc = dc.GetProperty("curve")[0].GetProperty("db").GetDouble();
        double bassAc = ac.GetProperty("curve")[0].GetProperty("db").GetDouble();
        Assert.IsTrue(bassAc < bassDc - 1.5, "100 uF into ~32 ohm loses bass at 20 Hz: " + bassAc + " vs " + bassDc);
    }

    [TestMethod]
    public void ImpedanceFileCanBeGivenDirectly()
    {
        string path = Path.Combine(Path.GetTempPath(), "imeter-predict-" + Guid.NewGuid() + ".zma");
        File.WriteAllText(path, "* flat 16 ohm\n10 16 0\n40000 16 0\n");
        try
        {
            JsonElement j = Predict("--zout", "2", "--iem", path);
            Assert.AreEqual(0, j.GetProperty("deviation_pp_db").GetDouble());
            Assert.AreEqual(8, j.GetProperty("ratio_min").GetDouble(), 1e-9);
            Assert.IsTrue(j.GetProperty("rule_1_8").GetBoolean());
            Assert.AreEqual("transparent", j.GetProperty("verdict").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public void NominalOnlyIemGetsRatioOnlyWithNullDeviation()
    {
        string dir = Directory.CreateTempSubdirectory("imeter-lib").FullName;
        string lib = Path.Combine(dir, "lib.txt");
        var spec = new IemProfile { Name = "spec-only", NominalMilliOhms = 16000, Origin = IemOrigin.ManufacturerSpec, Source = "test" };
        File.WriteAllText(lib, IemTextCodec.ToText(spec) + "\n");
        JsonElement j = Predict("--zout", "4", "--iem", "spec-only", "--library", lib);
        Assert.AreEqual("ratio-only", j.GetProperty("verdict").GetString());
        Assert.AreEqual(JsonValueKind.Null, j.GetProperty("deviation_pp_db").ValueKind);
        Assert.AreEqual(0, j.GetProperty("curve").GetArrayLength());
        Assert.AreEqual(4, j.GetProperty("ratio_min").GetDouble());
        Assert.IsFalse(j.GetProperty("rule_1_8").GetBoolean());
        var text = CliRunner.Run("predict", "--zout", "4", "--iem", "spec-only", "--library", lib);
        StringAssert.Contains(text.Output, "RATIO-ONLY (no impedance curve");
        Directory.Delete(dir, true);
    }

    [TestMethod]
    public void ZeroOhmSourceHasNullRatio()
    {
        JsonElement j = Predict("--zout", "0", "--iem", "model-3ba");
        Assert.AreEqual(JsonValueKind.Null, j.GetProperty("ratio_min").ValueKind);
        Assert.IsTrue(j.GetProperty("rule_1_8").GetBoolean());
        Assert.AreEqual(0, j.GetProperty("deviation_pp_db").GetDouble());
    }

    [TestMethod]
    [DataRow("--zout", "-1", "--iem", "model-1dd")]
    [DataRow("--zout", "1", "--zout-c", "0", "--iem", "model-1dd")]
    [DataRow("--zout", "1", "--zout-l", "-1e-6", "--iem", "model-1dd")]
    [DataRow("--zout", "1", "--iem", "no-such-iem")]
    [DataRow("--zout", "NaN", "--iem", "model-1dd")]
    [DataRow("--zout", "abc", "--iem", "model-1dd")]
    [DataRow("--iem", "model-1dd")]
    [DataRow("--zout", "1")]
    [DataRow("--zout", "1", "--iem", "model-1dd", "--bogus")]
    [DataRow("--zout", "1", "--zout-c", "220uF", "--iem", "model-1dd")]
    public void BadInputExitsNonZeroWithOneLine(params string[] args)
    {
        var r = CliRunner.Run(new[] { "predict" }.Concat(args).ToArray());
        Assert.AreNotEqual(0, r.ExitCode);
        Assert.AreEqual(string.Empty, r.Output);
        string[] lines = r.Error.TrimEnd('\n').Split('\n');
        Assert.AreEqual(1, lines.Length, r.Error);
        StringAssert.StartsWith(lines[0], "imeter predict: ");
    }

    [TestMethod]
    public void MalformedFileGivesTheLineNumber()
    {
        string path = Path.Combine(Path.GetTempPath(), "imeter-bad-" + Guid.NewGuid() + ".zma");
        File.WriteAllText(path, "20 16 0\n30 x 0\n");
        var r = CliRunner.Run("predict", "--zout", "1", "--iem", path);
        File.Delete(path);
        Assert.AreEqual(1, r.ExitCode);
        Assert.AreEqual("imeter predict: line 2: |Z| is not a number: 'x'\n", r.Error);
    }
}
