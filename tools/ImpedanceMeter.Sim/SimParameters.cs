using System.Text.Json;

namespace ImpedanceMeter.Sim;

/// <summary>
/// Every parameter of the physics simulator, in one place, each with its unit and source.
/// Front-end values are READ from <c>hardware/frontend.json</c> (branch hw owns them; keys are
/// stable); the rest are platform or component figures cited beside each field. Per-instrument
/// tolerances are drawn from these limits by <see cref="Instrument"/>.
/// </summary>
public sealed record SimParameters
{
    // ---------------- front end: hardware/frontend.json ----------------

    /// <summary>Tone DAC resolution, bits (frontend.json tone_dac.bits; ESP32 TRM §29.5).</summary>
    public int DacBits { get; init; }

    /// <summary>Tone DAC mid-scale code (frontend.json tone_dac.midscale_code).</summary>
    public int DacMidscaleCode { get; init; }

    /// <summary>DAC full-scale voltage, V (frontend.json tone_dac.full_scale_v).</summary>
    public double DacFullScaleV { get; init; }

    /// <summary>Reconstruction filter corner, Hz, 2nd-order Butterworth (frontend.json reconstruction_filter).</summary>
    public double ReconCornerHz { get; init; }

    /// <summary>Reconstruction filter order (frontend.json reconstruction_filter.order).</summary>
    public int ReconOrder { get; init; }

    /// <summary>Open-circuit generator peak at the meter node for ±100 DAC codes, V (frontend.json generator.open_circuit_peak_v).</summary>
    public double GeneratorOpenPeakV { get; init; }

    /// <summary>Generator output coupling capacitor, F (frontend.json generator.output_coupling_uf).</summary>
    public double CouplingFarads { get; init; }

    /// <summary>Shunt range values, Ω (frontend.json shunts[].ohms).</summary>
    public double[] ShuntOhms { get; init; } = [];

    /// <summary>Shunt tolerances, fraction (frontend.json shunts[].tolerance).</summary>
    public double[] ShuntTolerance { get; init; } = [];

    /// <summary>Force relay contact resistance, Ω (frontend.json relays.contact_ohms).</summary>
    public double RelayContactOhms { get; init; }

    /// <summary>Force relay contact repeatability per closure, Ω rms (frontend.json relays.contact_repeatability_ohms).</summary>
    public double RelayRepeatabilityOhms { get; init; }

    /// <summary>Relay settle time, ms (frontend.json relays.settle_ms).</summary>
    public int RelaySettleMs { get; init; }

    /// <summary>Plug-to-jack contact resistance (tip + sleeve), Ω (frontend.json plug_contact.ohms).</summary>
    public double PlugContactOhms { get; init; }

    /// <summary>Plug contact repeatability per insertion, Ω rms (frontend.json plug_contact.repeatability_ohms).</summary>
    public double PlugRepeatabilityOhms { get; init; }

    /// <summary>ADC bias of the sense amplifier output, V (frontend.json sense.bias_v).</summary>
    public double SenseBiasV { get; init; }

    /// <summary>Sense amplifier gains, V/V (frontend.json sense.gains).</summary>
    public double[] SenseGains { get; init; } = [];

    /// <summary>Sense high-pass corner, Hz (frontend.json sense.highpass_hz).</summary>
    public double SenseHighpassHz { get; init; }

    /// <summary>Sense (anti-alias) low-pass corner, Hz (frontend.json sense.lowpass_hz).</summary>
    public double SenseLowpassHz { get; init; }

    /// <summary>ADC resolution, bits (frontend.json adc.bits).</summary>
    public int AdcBits { get; init; }

    /// <summary>Lower edge of the characterised ADC window at 12 dB, V (frontend.json adc.window_min_mv).</summary>
    public double AdcWindowMinV { get; init; }

    /// <summary>Upper edge of the characterised ADC window at 12 dB, V (frontend.json adc.window_max_mv).</summary>
    public double AdcWindowMaxV { get; init; }

    /// <summary>Nominal ADC step, V per code (frontend.json adc.nominal_mv_per_code).</summary>
    public double AdcVoltsPerCode { get; init; }

    /// <summary>INL limit, LSB (frontend.json adc.inl_lsb; ESP32 datasheet ADC characteristics).</summary>
    public double AdcInlLsb { get; init; }

    /// <summary>DNL limit, LSB (frontend.json adc.dnl_lsb; ESP32 datasheet).</summary>
    public double AdcDnlLsb { get; init; }

    /// <summary>Chip-to-chip gain error limit, fraction (frontend.json adc.gain_error).</summary>
    public double AdcGainError { get; init; }

    /// <summary>Nominal ADC white noise, LSB rms (frontend.json adc.noise_lsb_rms).</summary>
    public double AdcNoiseLsb { get; init; }

    /// <summary>Dither DAC (GPIO26) span at the ADC bias, V (frontend.json dither.range_mv).</summary>
    public double DitherRangeV { get; init; }

    /// <summary>Largest DC offset at the jack the meter tolerates, V (frontend.json limits.max_dc_offset_v).</summary>
    public double MaxDcOffsetV { get; init; }

    /// <summary>DC monitor output at 0 V input, V (frontend.json dc_monitor.offset_v).</summary>
    public double DcMonitorOffsetV { get; init; } = 1.298;

    /// <summary>DC monitor gain, V/V (frontend.json dc_monitor.gain).</summary>
    public double DcMonitorGain { get; init; } = 0.332;

    /// <summary>DC monitor first-order low-pass corner, Hz (frontend.json dc_monitor.lowpass_hz).</summary>
    public double DcMonitorLowpassHz { get; init; } = 4.8;

    // ---------------- platform timing (nanoFramework on ESP32) ----------------

    /// <summary>Managed DacChannel.WriteValue cost, µs, range drawn per instrument (nanoframework/Home#1013: 100–200 µs, firmware 1.8).</summary>
    public double DacWriteMinUs { get; init; } = 100;

    /// <summary>Upper end of the DacChannel.WriteValue cost, µs (nanoframework/Home#1013).</summary>
    public double DacWriteMaxUs { get; init; } = 200;

    /// <summary>
    /// Managed AdcChannel.ReadValue cost, µs. Estimate: the same managed-to-native call overhead
    /// as WriteValue minus the DAC driver set-up, plus ~10 µs SAR conversion (ESP-IDF adc1_get_raw);
    /// not measured on a board — bring-up risk.
    /// </summary>
    public double AdcReadMinUs { get; init; } = 60;

    /// <summary>Upper end of the ReadValue cost estimate, µs.</summary>
    public double AdcReadMaxUs { get; init; } = 120;

    /// <summary>
    /// Interpreter cost of the lock-step loop body per step (index, table load, two int MACs),
    /// µs: DESIGN.md §3 ratios (≈ 8 empty-loop units) at ~3 µs per unit on a 240 MHz ESP32.
    /// </summary>
    public double LoopOverheadUs { get; init; } = 25;

    /// <summary>Cost of one clock read (HighResTimer/DateTime.UtcNow.Ticks ≈ 10 loop units), µs (DESIGN.md §3).</summary>
    public double ClockReadUs { get; init; } = 15;

    /// <summary>Cost of a GPIO write (relay, mux, gain switch) through the managed API, µs (estimate, same order as a DAC write).</summary>
    public double GpioWriteUs { get; init; } = 60;

    /// <summary>Per-call timing jitter, fraction of the call cost (1 σ) (issue 3: "~20 % jitter").</summary>
    public double JitterFraction { get; init; } = 0.20;

    /// <summary>Mean interval between GC/scheduler pauses during acquisition, ms (no published figure, DESIGN.md §3; chosen pessimistic).</summary>
    public double GcMeanIntervalMs { get; init; } = 400;

    /// <summary>Shortest GC pause, ms (issue 3: "occasional multi-millisecond GC pauses").</summary>
    public double GcMinMs { get; init; } = 2;

    /// <summary>Longest GC pause, ms.</summary>
    public double GcMaxMs { get; init; } = 10;

    /// <summary>Where inside a WriteValue call the DAC output changes, fraction of the call (native write after marshaling; assumption).</summary>
    public double DacUpdateFraction { get; init; } = 0.7;

    /// <summary>Where inside a ReadValue call the SAR samples, fraction of the call (assumption).</summary>
    public double AdcSampleFraction { get; init; } = 0.6;

    /// <summary>FreeRTOS tick behind Thread.Sleep, ms (DESIGN.md §3: 100 Hz tick).</summary>
    public int SleepTickMs { get; init; } = 10;

    // ---------------- scheme (c): RMT tone and I2S ADC stream (bring-up risks 4–5, docs/measurement.md §3) ----------------

    /// <summary>I2S ADC stream sample interval, µs (8 kHz); must equal the core's SpotFrequencyPlan.Stream() (the capture runner checks).</summary>
    public int StreamSampleUs { get; init; } = 125;

    /// <summary>
    /// Managed cost of one I2sDevice.Read call (marshaling, DMA queue hand-over), µs; estimate of the same order as
    /// the other native calls, not measured.
    /// </summary>
    public double StreamReadCallUs { get; init; } = 80;

    /// <summary>
    /// Managed work per streamed sample (unpack two bytes, mask the channel bits, two int MACs, sum, min/max), µs:
    /// about the lock-step loop body (<see cref="LoopOverheadUs"/>) again; charged after each Read, so the reader
    /// falls behind the DMA only if it exceeds the sample interval.
    /// </summary>
    public double StreamPerSampleUs { get; init; } = 25;

    /// <summary>
    /// DMA ring of the I2S driver, stream samples the reader may fall behind before samples are lost: the adapter's
    /// 16 descriptors of 256 DMA frames queue 15 full buffers, 3840 DMA samples at 32 kHz = 120 ms = 960 stream samples
    /// at 8 kHz (one DMA sample in four kept: nf-interpreter System.Device.I2s native code, read for
    /// firmware/ImpedanceMeter/Adapters/I2sAdcSampleStream.cs). The device cannot detect the loss; the simulator does.
    /// </summary>
    public int StreamRingSamples { get; init; } = 960;

    /// <summary>Delay from I2sDevice start to the stream's first sample, µs (uniform up to this; assumption).</summary>
    public double StreamStartMaxUs { get; init; } = 500;

    /// <summary>Managed cost of (re)configuring and starting the RMT loop (items built in managed code), µs (estimate).</summary>
    public double RmtStartUs { get; init; } = 2000;

    /// <summary>
    /// RMT clock, ticks per µs: APB_CLK = 80 MHz (ESP32 TRM, Reset and Clock chapter). A level's PWM high time is whole
    /// ticks of the divided clock (Core.Dsp.PwmToneLevels, the adapter's encoding), so the tone plays 256·high/slice codes;
    /// 0 = levels exactly their codes (bench --ideal tone).
    /// </summary>
    public int RmtTicksPerMicrosecond { get; init; } = 80;

    /// <summary>
    /// Rate error of the RMT's time base against the I2S stream's, ppm: 0 on paper (both divide the same PLL exactly,
    /// docs/measurement.md §5.5); a bring-up fault the DIAG:STREAM? check must catch (10 ppm drifts 975.6 Hz by 3.5°/s).
    /// </summary>
    public double RmtClockErrorPpm { get; init; }

    /// <summary>
    /// Interval at which the DMA really delivers stream samples, µs; 0 = the reported <see cref="StreamSampleUs"/>. A wrong
    /// I2S sample mapping (one DMA sample in two kept instead of one in four: 62.5 µs) is the fault DIAG:STREAM? must catch.
    /// </summary>
    public int StreamTrueSampleUs { get; init; }

    /// <summary>Relay operate time (contact closes/opens after the coil change), ms (TQ2SA datasheet: operate ≤ 3 ms).</summary>
    public double RelayOperateMs { get; init; } = 3;

    // ---------------- analog parts not fixed by frontend.json ----------------

    /// <summary>Generator level tolerance (DAC reference, attenuator resistors), fraction, uniform ±.</summary>
    public double GeneratorLevelTolerance { get; init; } = 0.05;

    /// <summary>Filter corner tolerance (C0G 5 % capacitors, 1 % resistors), fraction, uniform ±.</summary>
    public double CornerTolerance { get; init; } = 0.10;

    /// <summary>Sense gain tolerance per gain step (1 % resistors), fraction, uniform ±.</summary>
    public double SenseGainTolerance { get; init; } = 0.02;

    /// <summary>Generator buffer closed-loop output resistance, Ω (op-amp datasheets: tens of mΩ at audio frequencies).</summary>
    public double BufferOutputOhms { get; init; } = 0.02;

    /// <summary>Dither DAC code that leaves the bias unchanged (DAC2 mid-scale).</summary>
    public int DitherMidscaleCode { get; init; } = 128;

    /// <summary>ADC offset limit, codes, uniform ± (part of the ±60 mV total error, ESP32 datasheet).</summary>
    public double AdcOffsetCodes { get; init; } = 25;

    /// <summary>
    /// Offset added to the DC monitor ADC's drawn offset, codes (default 0; tests set it to model a strongly
    /// offset monitor, docs/measurement.md H4). The drawn part follows the main ADC: ±<see cref="AdcOffsetCodes"/>.
    /// </summary>
    public double DcMonitorAdcExtraOffsetCodes { get; init; }

    /// <summary>Gain error added to the DC monitor ADC's drawn one (±<see cref="AdcGainError"/>), fraction (default 0; for tests).</summary>
    public double DcMonitorAdcExtraGainError { get; init; }

    /// <summary>Smallest per-chip ADC white noise, LSB rms (issue 3: 2–4 LSB).</summary>
    public double AdcNoiseMinLsb { get; init; } = 2;

    /// <summary>Largest per-chip ADC white noise, LSB rms (issue 3: 2–4 LSB).</summary>
    public double AdcNoiseMaxLsb { get; init; } = 4;

    /// <summary>Random per-code threshold scatter (small DNL everywhere), LSB rms (typical SAR; assumption).</summary>
    public double AdcCodeScatterLsb { get; init; } = 0.15;

    /// <summary>Residual error of a per-unit ADC correction table obtained by a code-density test, LSB rms (assumption, reference detector only).</summary>
    public double AdcCorrectionResidualLsb { get; init; } = 0.5;

    // ---------------- sources and standards ----------------

    /// <summary>Idle source noise at the jack, V rms over 20 kHz (issue 3: ~5 µV).</summary>
    public double SourceIdleNoiseVrms { get; init; } = 5e-6;

    /// <summary>Default mains hum at the jack, V peak (ground-loop hum of a bus-powered dongle, assumption).</summary>
    public double SourceHumV { get; init; } = 10e-6;

    /// <summary>Mains frequency, Hz.</summary>
    public double MainsHz { get; init; } = 50;

    /// <summary>Programme material level of the "music" source, V rms (quiet IEM listening level, assumption).</summary>
    public double MusicVrms { get; init; } = 0.1;

    /// <summary>Pull-down resistor of a muted output (output relay open), Ω (typical 47 kΩ; assumption).</summary>
    public double MutedPulldownOhms { get; init; } = 47e3;

    /// <summary>Open standard (plug in air): leakage of mux/ESD parts, Ω.</summary>
    public double OpenStandardOhms { get; init; } = 1e6;

    /// <summary>Short standard residual resistance, Ω (shorting plug wiring).</summary>
    public double ShortStandardOhms { get; init; } = 0.001;

    /// <summary>Load standard nominal, Ω (precision resistor in the load plug).</summary>
    public double LoadStandardOhms { get; init; } = 10.0;

    /// <summary>Load standard tolerance, fraction (0.1 % thin-film resistor).</summary>
    public double LoadStandardTolerance { get; init; } = 0.001;

    /// <summary>Loop time constant floor L/R used for the stray inductance of the force loop, s (keeps the loop a proper state; 1 ns).</summary>
    public double StrayLoopTauS { get; init; } = 1e-9;

    /// <summary>Path of the frontend.json these values came from.</summary>
    public string FrontEndPath { get; init; } = "";

    /// <summary>Loads the front-end values from a frontend.json file; the rest keep their defaults.</summary>
    public static SimParameters Load(string frontEndJsonPath)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(frontEndJsonPath));
        var r = doc.RootElement;
        var shunts = r.GetProperty("shunts").EnumerateArray().ToArray();
        return new SimParameters
        {
            FrontEndPath = frontEndJsonPath,
            DacBits = r.GetProperty("tone_dac").GetProperty("bits").GetInt32(),
            DacMidscaleCode = r.GetProperty("tone_dac").GetProperty("midscale_code").GetInt32(),
            DacFullScaleV = r.GetProperty("tone_dac").GetProperty("full_scale_v").GetDouble(),
            ReconCornerHz = r.GetProperty("reconstruction_filter").GetProperty("corner_hz").GetDouble(),
            ReconOrder = r.GetProperty("reconstruction_filter").GetProperty("order").GetInt32(),
            GeneratorOpenPeakV = r.GetProperty("generator").GetProperty("open_circuit_peak_v").GetDouble(),
            CouplingFarads = r.GetProperty("generator").GetProperty("output_coupling_uf").GetDouble() * 1e-6,
            ShuntOhms = shunts.Select(s => s.GetProperty("ohms").GetDouble()).ToArray(),
            ShuntTolerance = shunts.Select(s => s.GetProperty("tolerance").GetDouble()).ToArray(),
            RelayContactOhms = r.GetProperty("relays").GetProperty("contact_ohms").GetDouble(),
            RelayRepeatabilityOhms = r.GetProperty("relays").GetProperty("contact_repeatability_ohms").GetDouble(),
            RelaySettleMs = r.GetProperty("relays").GetProperty("settle_ms").GetInt32(),
            PlugContactOhms = r.GetProperty("plug_contact").GetProperty("ohms").GetDouble(),
            PlugRepeatabilityOhms = r.GetProperty("plug_contact").GetProperty("repeatability_ohms").GetDouble(),
            SenseBiasV = r.GetProperty("sense").GetProperty("bias_v").GetDouble(),
            SenseGains = r.GetProperty("sense").GetProperty("gains").EnumerateArray().Select(g => g.GetDouble()).ToArray(),
            SenseHighpassHz = r.GetProperty("sense").GetProperty("highpass_hz").GetDouble(),
            SenseLowpassHz = r.GetProperty("sense").GetProperty("lowpass_hz").GetDouble(),
            AdcBits = r.GetProperty("adc").GetProperty("bits").GetInt32(),
            AdcWindowMinV = r.GetProperty("adc").GetProperty("window_min_mv").GetDouble() / 1000.0,
            AdcWindowMaxV = r.GetProperty("adc").GetProperty("window_max_mv").GetDouble() / 1000.0,
            AdcVoltsPerCode = r.GetProperty("adc").GetProperty("nominal_mv_per_code").GetDouble() / 1000.0,
            AdcInlLsb = r.GetProperty("adc").GetProperty("inl_lsb").GetDouble(),
            AdcDnlLsb = r.GetProperty("adc").GetProperty("dnl_lsb").GetDouble(),
            AdcGainError = r.GetProperty("adc").GetProperty("gain_error").GetDouble(),
            AdcNoiseLsb = r.GetProperty("adc").GetProperty("noise_lsb_rms").GetDouble(),
            DitherRangeV = r.GetProperty("dither").GetProperty("range_mv").GetDouble() / 1000.0,
            MaxDcOffsetV = r.GetProperty("limits").GetProperty("max_dc_offset_v").GetDouble(),
            DcMonitorOffsetV = r.GetProperty("dc_monitor").GetProperty("offset_v").GetDouble(),
            DcMonitorGain = r.GetProperty("dc_monitor").GetProperty("gain").GetDouble(),
            DcMonitorLowpassHz = r.GetProperty("dc_monitor").GetProperty("lowpass_hz").GetDouble(),
        };
    }

    /// <summary>Loads hardware/frontend.json found by walking up from the program's folder (works from a clone).</summary>
    public static SimParameters LoadDefault() => Load(FrontEndLocator.Find());

    /// <summary>DAC volts per code, V (full scale / 2^bits).</summary>
    public double DacVoltsPerCode => DacFullScaleV / (1 << DacBits);

    /// <summary>Attenuation from DAC deviation volts to open-circuit generator volts: 30 mV for ±100 codes (frontend.json generator.note).</summary>
    public double GeneratorAttenuation => GeneratorOpenPeakV / (100 * DacVoltsPerCode);
}
