using System.Device.Adc;
using System.Device.Dac;
using System.Device.Gpio;
using ImpedanceMeter.Adapters;
using ImpedanceMeter.Core.App;
using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Ports;
using ImpedanceMeter.Core.Protocol;
using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter
{
    /// <summary>Wires the ESP32 adapters to the core: engine, IEM library, serial service and application.</summary>
    public static class DeviceComposition
    {
        /// <summary>User IEM entries kept on the device (4 × 792 B records fit <see cref="MeterApp.MaxRecordPayload"/>).</summary>
        public const int UserIemEntries = 4;

        /// <summary>LittleFS drive of the ESP32 build (DESIGN.md §3).</summary>
        public const string StorageRoot = "I:\\";

        /// <summary>
        /// Acquisition: true = scheme (c), the RMT tone on GPIO25 and the I2S0 ADC stream — the only scheme that meets
        /// the accuracy target in the simulator (docs/measurement.md §5.5), resting on platform details not yet run on a
        /// board (§3, bring-up risks 4–5); false = scheme (a), the lock-step DAC loop (verified APIs, ±1–3 % in the
        /// simulator). Bring-up: if the stream does not start, build with false.
        /// </summary>
        public const bool UseStreamAcquisition = true;

        /// <summary>Builds the application over the real hardware; nothing runs until <see cref="MeterApp.Run"/>.</summary>
        public static MeterApp Build()
        {
            var gpio = new GpioController();
            DacController dac = DacController.GetDefault();
            var fixture = new GpioFixture(gpio);
            var adc = new AdcController();
            var sampler = new AdcSampler(adc, PinMap.SenseAdcChannel);
            var dcMonitor = new AdcDcMonitor(adc, PinMap.DcMonitorAdcChannel);
            var clock = new Esp32Clock();
            IToneOutput tone;
            ZoutEngine engine;
            if (UseStreamAcquisition)
            {
                // GPIO25 belongs to the RMT: the DAC channel stays closed. The sampler serves the self-test while the stream is stopped.
                var generator = new RmtToneGenerator(PinMap.ToneGpio);
                tone = new RmtSilencer(generator);
                var stream = new I2sAdcSampleStream(PinMap.SenseAdcChannel);
                engine = new ZoutEngine(generator, stream, fixture, clock, dcMonitor, FrontEndConstants.Default(), SpotFrequencyPlan.Stream());
            }
            else
            {
                tone = new DacToneOutput(dac, PinMap.ToneDacChannel);
                var dither = new DacDitherOutput(dac, PinMap.DitherDacChannel);
                engine = new ZoutEngine(tone, sampler, dither, fixture, clock, dcMonitor, FrontEndConstants.Default());
            }
            var library = new IemLibrary(UserIemEntries);
            var iems = new IemLibraryAdapter(library);
            var serial = new SerialCommandService(new Com2SerialLink(), engine, iems, new DeviceIdentity());

            var ports = new AppPorts();
            ports.Engine = engine;
            ports.Analyzer = new VerdictAnalyzer(library);
            ports.Display = new Ssd1306Display();
            ports.Buttons = new GpioButtons(gpio);
            ports.Clock = clock;
            ports.Fixture = fixture;
            ports.Tone = tone;
            ports.Sampler = sampler;
            ports.Store = new LittleFsStore(StorageRoot);
            ports.Serial = new SerialServiceAdapter(serial, iems);
            ports.Calibration = new CalibrationPayload(engine);
            ports.Library = new LibraryPayload(library);
            return new MeterApp(ports);
        }
    }
}
