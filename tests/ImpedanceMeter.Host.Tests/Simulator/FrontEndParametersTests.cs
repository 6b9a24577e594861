using System.Text.Json;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Sim;

namespace ImpedanceMeter.Host.Tests.Simulator;

/// <summary>hardware/frontend.json is the single source of the front end: the simulator and the core both equal it.</summary>
[TestClass]
public sealed class FrontEndParametersTests
{
    private static JsonElement Json() => JsonDocument.Parse(File.ReadAllText(SimTestParameters.FrontEndPath)).RootElement;

    [TestMethod]
    public void SimulatorFrontEndEqualsFrontendJson()
    {
        var j = Json();
        var p = SimTestParameters.Load();
        Assert.AreEqual(j.GetProperty("tone_dac").GetProperty("bits").GetInt32(), p.DacBits);
        Assert.AreEqual(j.GetProperty("tone_dac").GetProperty("midscale_code").GetInt32(), p.DacMidscaleCode);
        Assert.AreEqual(j.GetProperty("tone_dac").GetProperty("full_scale_v").GetDouble(), p.DacFullScaleV);
        Assert.AreEqual(j.GetProperty("reconstruction_filter").GetProperty("corner_hz").GetDouble(), p.ReconCornerHz);
        Assert.AreEqual(j.GetProperty("generator").GetProperty("open_circuit_peak_v").GetDouble(), p.GeneratorOpenPeakV);
        Assert.AreEqual(j.GetProperty("generator").GetProperty("output_coupling_uf").GetDouble() * 1e-6, p.CouplingFarads, 1e-15);
        CollectionAssert.AreEqual(j.GetProperty("shunts").EnumerateArray().Select(s => s.GetProperty("ohms").GetDouble()).ToArray(), p.ShuntOhms);
        CollectionAssert.AreEqual(j.GetProperty("shunts").EnumerateArray().Select(s => s.GetProperty("tolerance").GetDouble()).ToArray(), p.ShuntTolerance);
        Assert.AreEqual(j.GetProperty("relays").GetProperty("contact_ohms").GetDouble(), p.RelayContactOhms);
        Assert.AreEqual(j.GetProperty("relays").GetProperty("contact_repeatability_ohms").GetDouble(), p.RelayRepeatabilityOhms);
        Assert.AreEqual(j.GetProperty("relays").GetProperty("settle_ms").GetInt32(), p.RelaySettleMs);
        Assert.AreEqual(j.GetProperty("plug_contact").GetProperty("ohms").GetDouble(), p.PlugContactOhms);
        Assert.AreEqual(j.GetProperty("plug_contact").GetProperty("repeatability_ohms").GetDouble(), p.PlugRepeatabilityOhms);
        Assert.AreEqual(j.GetProperty("sense").GetProperty("bias_v").GetDouble(), p.SenseBiasV);
        CollectionAssert.AreEqual(j.GetProperty("sense").GetProperty("gains").EnumerateArray().Select(g => g.GetDouble()).ToArray(), p.SenseGains);
        Assert.AreEqual(j.GetProperty("sense").GetProperty("highpass_hz").GetDouble(), p.SenseHighpassHz);
        Assert.AreEqual(j.GetProperty("sense").GetProperty("lowpass_hz").GetDouble(), p.SenseLowpassHz);
        var adc = j.GetProperty("adc");
        Assert.AreEqual(adc.GetProperty("bits").GetInt32(), p.AdcBits);
        Assert.AreEqual(adc.GetProperty("window_min_mv").GetDouble() / 1000, p.AdcWindowMinV, 1e-12);
        Assert.AreEqual(adc.GetProperty("window_max_mv").GetDouble() / 1000, p.AdcWindowMaxV, 1e-12);
        Assert.AreEqual(adc.GetProperty("nominal_mv_per_code").GetDouble() / 1000, p.AdcVoltsPerCode, 1e-12);
        Assert.AreEqual(adc.GetProperty("inl_lsb").GetDouble(), p.AdcInlLsb);
        Assert.AreEqual(adc.GetProperty("dnl_lsb").GetDouble(), p.AdcDnlLsb);
        Assert.AreEqual(adc.GetProperty("gain_error").GetDouble(), p.AdcGainError);
        Assert.AreEqual(j.GetProperty("dither").GetProperty("range_mv").GetDouble() / 1000, p.DitherRangeV, 1e-12);
        Assert.AreEqual(j.GetProperty("limits").GetProperty("max_dc_offset_v").GetDouble(), p.MaxDcOffsetV);
    }

    [TestMethod]
    public void CoreFrontEndConstantsEqualFrontendJson()
    {
        var j = Json();
        var c = FrontEndConstants.Default();
        CollectionAssert.AreEqual(j.GetProperty("shunts").EnumerateArray().Select(s => (int)Math.Round(s.GetProperty("ohms").GetDouble() * 1e6)).ToArray(), c.ShuntMicroOhms);
        CollectionAssert.AreEqual(j.GetProperty("sense").GetProperty("gains").EnumerateArray().Select(g => g.GetInt32()).ToArray(), c.SenseGains);
        Assert.AreEqual(j.GetProperty("tone_dac").GetProperty("midscale_code").GetInt32(), c.ToneMidCode);
        Assert.AreEqual((int)Math.Round(j.GetProperty("generator").GetProperty("open_circuit_peak_v").GetDouble() * 1e6), c.GeneratorPeakMicroVolts);
        Assert.AreEqual((1 << j.GetProperty("adc").GetProperty("bits").GetInt32()) - 1, c.AdcMaxCode);
        Assert.AreEqual((int)Math.Round(j.GetProperty("adc").GetProperty("nominal_mv_per_code").GetDouble() * 1000), c.AdcMicroVoltsPerCode);
        Assert.AreEqual((int)Math.Round(j.GetProperty("sense").GetProperty("bias_v").GetDouble() * 1000), c.BiasMilliVolts);
        Assert.AreEqual(j.GetProperty("adc").GetProperty("window_min_mv").GetInt32(), c.WindowMinMilliVolts);
        Assert.AreEqual(j.GetProperty("adc").GetProperty("window_max_mv").GetInt32(), c.WindowMaxMilliVolts);
        Assert.AreEqual(j.GetProperty("dither").GetProperty("range_mv").GetInt32(), c.DitherRangeMilliVolts);
        Assert.AreEqual(j.GetProperty("relays").GetProperty("settle_ms").GetInt32(), c.RelaySettleMilliseconds);
        Assert.AreEqual((int)Math.Round(j.GetProperty("limits").GetProperty("max_dc_offset_v").GetDouble() * 1e6), c.MaxDcOffsetMicroVolts);
        Assert.AreEqual((int)Math.Round(j.GetProperty("adc").GetProperty("noise_lsb_rms").GetDouble()), c.AdcNoiseCodes);
        Assert.AreEqual((int)Math.Round(j.GetProperty("dc_monitor").GetProperty("offset_v").GetDouble() * 1000), c.DcMonitorOffsetMilliVolts);
        Assert.AreEqual((int)Math.Round(j.GetProperty("dc_monitor").GetProperty("gain").GetDouble() * 1e6), c.DcMonitorGainPpm);
        Assert.AreEqual(3, j.GetProperty("dc_monitor").GetProperty("adc_channel").GetInt32(), "the ESP32 adapter opens ADC1 channel 3");
    }
}
