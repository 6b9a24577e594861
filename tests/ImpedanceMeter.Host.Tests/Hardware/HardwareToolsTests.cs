using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ImpedanceMeter.Host.Tests.Hardware;

/// <summary>
/// KiCad ERC, SPICE netlist export and the ngspice benches in hardware/spice. Without kicad-cli or
/// ngspice the tests are inconclusive, unless CI=true, where a missing tool is a failure.
/// </summary>
[TestClass]
public sealed class HardwareToolsTests
{
    private static string Hw => RepoPaths.Combine("hardware");

    private static string Spice => RepoPaths.Combine("hardware", "spice");

    [TestMethod]
    public void SchematicPassesErcWithZeroErrors()
    {
        RequireTool("kicad-cli");
        var report = Path.Combine(Path.GetTempPath(), "im-erc-" + Guid.NewGuid().ToString("N") + ".rpt");
        var r = Run("kicad-cli", Hw, "sch", "erc", "--severity-error", "--exit-code-violations", "-o", report, "impedancemeter.kicad_sch");
        var text = File.Exists(report) ? File.ReadAllText(report) : "";
        Assert.AreEqual(0, r.Code, "ERC reported errors:\n" + text + r.Output);
        StringAssert.Contains(text, "Errors 0");
    }

    [TestMethod]
    public void ErcWarningsAreOnlyTheUninstalledFootprintLibraries()
    {
        RequireTool("kicad-cli");
        var report = Path.Combine(Path.GetTempPath(), "im-erc-all-" + Guid.NewGuid().ToString("N") + ".rpt");
        Run("kicad-cli", Hw, "sch", "erc", "--severity-all", "-o", report, "impedancemeter.kicad_sch");
        var kinds = File.ReadAllLines(report).Where(l => l.StartsWith('[')).Select(l => l[..(l.IndexOf(']') + 1)]).Distinct().ToArray();
        foreach (var kind in kinds)
        {
            Assert.AreEqual("[footprint_link_issues]", kind, "unexpected ERC finding:\n" + File.ReadAllText(report));
        }
    }

    [TestMethod]
    public void SchematicExportsASpiceNetlistWithTheFrontEndParts()
    {
        var netlist = ExportNetlist(Path.Combine(Path.GetTempPath(), "im-net-" + Guid.NewGuid().ToString("N")));
        var text = File.ReadAllText(netlist);
        foreach (var part in new[] { "XU8 ", "XU11 ", "XU12 ", "XK1 ", "RS1 ", "RS2 ", "RS3 ", "C23 " })
        {
            StringAssert.Contains(text, "\n" + part, "netlist lacks " + part.Trim());
        }
    }

    [TestMethod]
    [DataRow("bench_generator.cir")]
    [DataRow("bench_injection.cir")]
    [DataRow("bench_sense.cir")]
    [DataRow("bench_window.cir")]
    [DataRow("bench_protection.cir")]
    [DataRow("bench_switches.cir")]
    [DataRow("bench_muxswitch.cir")]
    public void SpiceBenchPasses(string bench)
    {
        var dir = PrepareBenchDir(null);
        try
        {
            var r = Run("ngspice", dir, "-b", bench);
            Assert.AreEqual(0, r.Code, bench + " failed:\n" + r.Output);
            StringAssert.Contains(r.Output, "BENCH PASSED");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [TestMethod]
    public void EveryBenchInTheFolderIsRunByATest()
    {
        var benches = Directory.GetFiles(Spice, "bench_*.cir").Select(Path.GetFileName).OrderBy(x => x).ToArray();
        var listed = typeof(HardwareToolsTests).GetMethod(nameof(SpiceBenchPasses))!
            .GetCustomAttributes(typeof(DataRowAttribute), false).Cast<DataRowAttribute>()
            .Select(d => (string)d.Data[0]!).OrderBy(x => x).ToArray();
        CollectionAssert.AreEqual(benches, listed);
    }

    [TestMethod]
    [DataRow("R23 GEN_ATT GND 237", "R23 GEN_ATT GND 120", "bench_generator.cir")]
    [DataRow("RS1 SH1_TOP FORCE_BUS 1.00", "RS1 SH1_TOP FORCE_BUS 0.80", "bench_injection.cir")]
    [DataRow("R44 RG_P RG_N 1.72k", "R44 RG_P RG_N 1.5k", "bench_sense.cir")]
    [DataRow("R47 TAP16 VBIAS 1k", "R47 TAP16 VBIAS 0.5k", "bench_window.cir")]
    [DataRow("R54 DCMON_BUF ADC_DCMON 1Meg", "R54 DCMON_IN ADC_DCMON 1Meg", "bench_muxswitch.cir")]
    public void BenchFailsWhenAKeyValueIsChanged(string original, string altered, string bench)
    {
        var dir = PrepareBenchDir(netlist =>
        {
            Assert.IsTrue(netlist.Contains(original + "\n"), "netlist line not found: " + original);
            return netlist.Replace(original + "\n", altered + "\n");
        });
        try
        {
            var r = Run("ngspice", dir, "-b", bench);
            Assert.AreNotEqual(0, r.Code, bench + " passed with " + altered + ":\n" + r.Output);
            StringAssert.Contains(r.Output, "FAIL");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static string PrepareBenchDir(Func<string, string>? edit)
    {
        RequireTool("ngspice");
        var dir = Path.Combine(Path.GetTempPath(), "im-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "build"));
        Directory.CreateDirectory(Path.Combine(dir, "models"));
        foreach (var f in Directory.GetFiles(Spice, "*.cir").Concat(Directory.GetFiles(Spice, "*.inc")))
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        File.Copy(Path.Combine(Spice, "models", "impedancemeter.lib"), Path.Combine(dir, "models", "impedancemeter.lib"));
        var raw = File.ReadAllText(ExportNetlist(dir));
        var lines = raw.Replace("\r\n", "\n").Split('\n')
            .Where(l => !Regex.IsMatch(l, @"^\.(title|end)\b", RegexOptions.IgnoreCase))
            .Select(l => Regex.IsMatch(l, @"^\.include .*impedancemeter\.lib""?$") ? ".include models/impedancemeter.lib" : l);
        var netlist = string.Join("\n", lines) + "\n";
        File.WriteAllText(Path.Combine(dir, "build", "netlist.cir"), edit == null ? netlist : edit(netlist));
        return dir;
    }

    private static string ExportNetlist(string dir)
    {
        RequireTool("kicad-cli");
        Directory.CreateDirectory(dir);
        var output = Path.Combine(dir, "raw.cir");
        var r = Run("kicad-cli", Hw, "sch", "export", "netlist", "--format", "spice", "-o", output, "impedancemeter.kicad_sch");
        Assert.AreEqual(0, r.Code, "netlist export failed:\n" + r.Output);
        return output;
    }

    internal static void RequireTool(string tool)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(p => p.Length > 0 && File.Exists(Path.Combine(p, tool)));
        if (found)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(tool + " is not installed (CI=true): run bash hardware/install-tools.sh");
        }

        Assert.Inconclusive(tool + " is not installed; run bash hardware/install-tools.sh");
    }

    internal static (int Code, string Output) Run(string file, string cwd, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(300_000))
        {
            p.Kill(true);
            Assert.Fail(file + " timed out");
        }

        return (p.ExitCode, stdout + stderr.Result);
    }
}

/// <summary>The SPICE benches' constants and the schematic values equal hardware/frontend.json.</summary>
[TestClass]
public sealed class FrontendConsistencyTests
{
    private static JsonElement Fe => JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("hardware", "frontend.json"))).RootElement;

    private static Dictionary<string, double> IncParams()
    {
        var d = new Dictionary<string, double>();
        foreach (var line in File.ReadAllLines(RepoPaths.Combine("hardware", "spice", "frontend.inc")))
        {
            var m = Regex.Match(line, @"^\.(?:cs)?param (\w+)=([-0-9.eE]+)\s*$");
            if (m.Success)
            {
                var v = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                if (d.TryGetValue(m.Groups[1].Value, out var prev))
                {
                    Assert.AreEqual(prev, v, "param and csparam differ for " + m.Groups[1].Value);
                }

                d[m.Groups[1].Value] = v;
            }
        }

        return d;
    }

    [TestMethod]
    public void BenchParametersEqualFrontendJson()
    {
        var p = IncParams();
        var fe = Fe;
        var expected = new Dictionary<string, double>
        {
            ["fe_gen_peak"] = fe.GetProperty("generator").GetProperty("open_circuit_peak_v").GetDouble(),
            ["fe_filter_fc"] = fe.GetProperty("reconstruction_filter").GetProperty("corner_hz").GetDouble(),
            ["fe_dac_fs"] = fe.GetProperty("tone_dac").GetProperty("full_scale_v").GetDouble(),
            ["fe_bias"] = fe.GetProperty("sense").GetProperty("bias_v").GetDouble(),
            ["fe_hp"] = fe.GetProperty("sense").GetProperty("highpass_hz").GetDouble(),
            ["fe_lp"] = fe.GetProperty("sense").GetProperty("lowpass_hz").GetDouble(),
            ["fe_adc_min"] = fe.GetProperty("adc").GetProperty("window_min_mv").GetDouble() / 1000,
            ["fe_adc_max"] = fe.GetProperty("adc").GetProperty("window_max_mv").GetDouble() / 1000,
            ["fe_relay_rc"] = fe.GetProperty("relays").GetProperty("contact_ohms").GetDouble(),
            ["fe_max_short_ma"] = fe.GetProperty("limits").GetProperty("max_short_current_ma").GetDouble(),
            ["fe_max_jack_v"] = fe.GetProperty("limits").GetProperty("max_jack_level_v").GetDouble(),
            ["fe_dither_mv"] = fe.GetProperty("dither").GetProperty("range_mv").GetDouble(),
        };
        var shunts = fe.GetProperty("shunts").EnumerateArray().Select(s => s.GetProperty("ohms").GetDouble()).ToArray();
        var gains = fe.GetProperty("sense").GetProperty("gains").EnumerateArray().Select(g => g.GetDouble()).ToArray();
        for (var i = 0; i < shunts.Length; i++)
        {
            expected["fe_shunt" + i] = shunts[i];
        }

        for (var i = 0; i < gains.Length; i++)
        {
            expected["fe_gain" + i] = gains[i];
        }

        foreach (var (key, value) in expected)
        {
            Assert.IsTrue(p.ContainsKey(key), "frontend.inc lacks " + key);
            Assert.AreEqual(value, p[key], 1e-12, key + " differs from frontend.json");
        }
    }

    [TestMethod]
    public void SchematicValuesEqualFrontendJson()
    {
        var sch = File.ReadAllText(RepoPaths.Combine("hardware", "impedancemeter.kicad_sch"));
        double Value(string reference)
        {
            var m = Regex.Match(sch, "\\(property \"Reference\" \"" + reference + "\"[^\\n]*?\\(property \"Value\" \"([^\"]+)\"");
            Assert.IsTrue(m.Success, reference + " not found in the schematic");
            return ParseSi(m.Groups[1].Value);
        }

        var fe = Fe;
        var shunts = fe.GetProperty("shunts").EnumerateArray().Select(s => s.GetProperty("ohms").GetDouble()).ToArray();
        CollectionAssert.AreEqual(shunts, new[] { Value("RS1"), Value("RS2"), Value("RS3") });
        var gains = fe.GetProperty("sense").GetProperty("gains").EnumerateArray().Select(g => g.GetDouble()).ToArray();
        var ina = 1 + 50e3 / Value("R44");
        var ladder = Value("R45") + Value("R46") + Value("R47");
        var designed = new[] { ina, ina * ladder / (Value("R46") + Value("R47")), ina * ladder / Value("R47") };
        for (var i = 0; i < 3; i++)
        {
            Assert.AreEqual(gains[i], designed[i], gains[i] * 0.005, "gain " + i);
        }

        var lp = 1 / (2 * Math.PI * Value("R53") * Value("C33"));
        Assert.AreEqual(fe.GetProperty("sense").GetProperty("lowpass_hz").GetDouble(), lp, 0.05 * lp, "sense low-pass");
        var hp = 1 / (2 * Math.PI * Value("R42") * Value("C30"));
        Assert.AreEqual(fe.GetProperty("sense").GetProperty("highpass_hz").GetDouble(), hp, 0.1 * hp, "sense high-pass");
        var att = Value("R23") / (Value("R22") + Value("R23"));
        var peak = 100 * fe.GetProperty("tone_dac").GetProperty("full_scale_v").GetDouble() / 256 * att;
        Assert.AreEqual(fe.GetProperty("generator").GetProperty("open_circuit_peak_v").GetDouble(), peak, 0.03 * peak, "generator level");
        Assert.AreEqual(fe.GetProperty("generator").GetProperty("output_coupling_uf").GetDouble(), Value("C23") * 1e6, 1e-6, "coupling capacitor");
    }

    [TestMethod]
    public void SiParserReadsSchematicValues()
    {
        Assert.AreEqual(1720, ParseSi("1.72k"), 1e-9);
        Assert.AreEqual(1e6, ParseSi("1Meg"), 1e-6);
        Assert.AreEqual(2200e-6, ParseSi("2200u"), 1e-12);
        Assert.AreEqual(56e-9, ParseSi("56n"), 1e-15);
        Assert.AreEqual(1.0, ParseSi("1.00"), 1e-12);
    }

    internal static double ParseSi(string s)
    {
        var m = Regex.Match(s, @"^([0-9.]+)(Meg|[kmunpM]?)$");
        Assert.IsTrue(m.Success, "not a SPICE value: " + s);
        var v = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return v * m.Groups[2].Value switch
        {
            "Meg" => 1e6, "k" => 1e3, "m" => 1e-3, "u" => 1e-6, "n" => 1e-9, "p" => 1e-12, _ => 1,
        };
    }
}
