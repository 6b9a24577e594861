using System.Globalization;
using System.Numerics;
using System.Text;
using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Host.Tests.Simulator;

/// <summary>
/// docs/capture-format.md says someone else can synthesise a capture from their own model. This test is that someone:
/// it writes a stream capture from a model of its own (a bilinear front end, ADC codes from a formula), following only
/// the document: its own references in double, its own CRC-32, no core writer, no simulator. The core's reader and
/// analyser must then recover the model's impedance at every spot frequency.
/// </summary>
[TestClass]
public sealed class CaptureSynthesisTests
{
    private const int S = 82;
    private const int SampleUs = 125;
    private const int MidCode = 1613;
    private const double UnloadedAmplitudeCodes = 1000;
    private const double LoadOhms = 10.0;
    private const double ShortOhms = 0.001;
    private static readonly int[] Cycles = { 1, 2, 5, 10 };

    /// <summary>The model's front end: m(Z) = g·(Z + a)/(Z + Rs + b), a bilinear map as OSL assumes (Rs = the 10 Ω range).</summary>
    private static Complex Ratio(Complex z) =>
        Complex.FromPolarCoordinates(0.985, 0.004) * (z + 0.012) / (z + 10.0 + 0.061);

    /// <summary>The model's source: 2 Ω in series with 100 µF.</summary>
    private static Complex Source(double hz) => new Complex(2.0, -1 / (2 * Math.PI * hz * 100e-6));

    [TestMethod]
    public void ACaptureWrittenFromTheDocumentAloneAnalysesToTheModelsImpedance()
    {
        string[] lines = Synthesize();
        CaptureFile file = CaptureFileReader.Parse(lines, out string error);
        Assert.IsNotNull(file, error);
        MeasurementResult r = CaptureAnalyzer.Analyze(file);

        Assert.AreEqual(MeasurementStatus.Ok, r.Status);
        foreach (var leg in r.Legs)
        {
            for (int f = 0; f < Cycles.Length; f++)
            {
                var p = leg.Points[f];
                double hz = Cycles[f] * 1e6 / (S * SampleUs);
                Assert.AreEqual(hz, p.FrequencyMilliHertz / 1000.0, 0.001, "tone frequency from the records' us");
                Complex truth = Source(hz);
                var z = new Complex(p.ReMicroOhms * 1e-6, p.ImMicroOhms * 1e-6);
                // Rounding the noiseless samples to codes is the model's only error: ≈ 0.3 code on a 250-code loaded
                // tone, the same in every record so it does not average (1–6·10⁻⁴ of |Z| here).
                Assert.IsTrue((z - truth).Magnitude < (1e-3 * truth.Magnitude) + 1e-4, $"{leg.Leg} {hz:F1} Hz: {z} vs {truth}");
            }
        }
    }

    [TestMethod]
    public void AByteChangedAfterTheCrcIsRejected()
    {
        string[] lines = Synthesize();
        Assert.IsTrue(lines[2].StartsWith("FRONTEND,", StringComparison.Ordinal));
        lines[2] = lines[2].Replace("load_uohm=10000000", "load_uohm=10000001", StringComparison.Ordinal);
        Assert.IsNull(CaptureFileReader.Parse(lines, out string error));
        Assert.IsTrue(error.Contains("CRC", StringComparison.Ordinal), error);
    }

    private static string[] Synthesize()
    {
        var lines = new List<string>
        {
            "IMCAP,version=1",
            "DEVICE,scheme=stream,jack=se35",
            "FRONTEND,shunt_uohm=1000000;10000000;33000000,gains=30;120;480,tone_mid=128,tone_amp=100,tone_pct=90,gen_peak_uv=30000,adc_max=4095,uv_per_code=806,bias_mv=1300,win_min_mv=150,win_max_mv=2450,dither_mv=40,load_uohm=10000000",
            "STANDARDS,short_std_uohm=1000",
            "PLAN,steps=82;82;82;82,default=1,samples=1476,cycles=1;2;5;10,sample_us=125,tone_ticks_per_us=0",
        };

        // CAL: raw ratios X_l/X_u of each standard on range 1 at gain 0, Q24.
        for (int leg = 0; leg < 2; leg++)
        {
            for (int f = 0; f < Cycles.Length; f++)
            {
                lines.Add(Cal(leg, f, "open", Complex.FromPolarCoordinates(0.985, 0.004)));
                lines.Add(Cal(leg, f, "short", Ratio(ShortOhms)));
                lines.Add(Cal(leg, f, "load", Ratio(LoadOhms)));
            }
        }

        // Per leg and frequency: an unloaded reference (10 records) and a loaded capture (18 records), one session each.
        int session = 1;
        for (int leg = 0; leg < 2; leg++)
        {
            for (int f = 0; f < Cycles.Length; f++)
            {
                double hz = Cycles[f] * 1e6 / (S * SampleUs);
                Complex u = Complex.FromPolarCoordinates(UnloadedAmplitudeCodes, 0.7);
                AddBlock(lines, "unloaded", leg, f, 10, u, session);
                AddBlock(lines, "loaded", leg, f, 18, u * Ratio(Source(hz)), session);
                session++;
            }
        }

        lines.Add("END,crc=" + Crc32(lines).ToString(CultureInfo.InvariantCulture));
        return lines.ToArray();
    }

    private static string Cal(int leg, int f, string std, Complex m) =>
        $"CAL,leg={leg},range=1,freq={f},std={std},gain=0,re_q24={Q24(m.Real)},im_q24={Q24(m.Imaginary)}";

    private static long Q24(double x) => (long)Math.Round(x * (1 << 24), MidpointRounding.AwayFromZero);

    /// <summary>
    /// One BLOCK and its P records: sample j of a record is mid + Re(X·e^(i·2π·C·j/S)) rounded to a code (whole tone
    /// periods per record, so every record of the session is the same); i/q with round(2^14·cos/sin(2π·C·j/S)); records
    /// identical, so the detrend step changes nothing.
    /// </summary>
    private static void AddBlock(List<string> lines, string role, int leg, int f, int records, Complex phasor, int session)
    {
        int c = Cycles[f];
        long i = 0, q = 0, sum = 0, sumsq = 0;
        int min = int.MaxValue, max = int.MinValue;
        for (int j = 0; j < S; j++)
        {
            double angle = 2 * Math.PI * c * j / S;
            int x = (int)Math.Round(MidCode + (phasor * Complex.FromPolarCoordinates(1, angle)).Real, MidpointRounding.AwayFromZero);
            i += x * (long)Math.Round(16384 * Math.Cos(angle), MidpointRounding.AwayFromZero);
            q += x * (long)Math.Round(16384 * Math.Sin(angle), MidpointRounding.AwayFromZero);
            sum += x;
            sumsq += (long)x * x;
            min = Math.Min(min, x);
            max = Math.Max(max, x);
        }

        lines.Add($"BLOCK,role={role},leg={leg},range=1,gain=0,steps={S},tone=1,dither=0,periods={records},sum={sum * records},sumsq={sumsq * records},min={min},max={max},cycles={c},session={session},tone_codes=0");
        for (int r = 0; r < records; r++)
        {
            lines.Add($"P,us={S * SampleUs},dither=128,i={i},q={q}");
        }
    }

    /// <summary>CRC-32 (IEEE 802.3, reflected, init and final XOR 0xFFFFFFFF) of every line with its '\n'.</summary>
    private static uint Crc32(IEnumerable<string> lines)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in Encoding.ASCII.GetBytes(string.Concat(lines.Select(l => l + "\n"))))
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFF;
    }
}
