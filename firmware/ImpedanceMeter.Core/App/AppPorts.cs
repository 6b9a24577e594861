using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.App
{
    /// <summary>
    /// Everything the application is wired to. The device's Program fills it with ESP32
    /// adapters, the host tests with fakes or the simulator. Optional parts may stay null.
    /// </summary>
    public sealed class AppPorts
    {
        /// <summary>The measurement engine (owns tone, sampler and fixture while it measures).</summary>
        public IZoutEngine Engine;

        /// <summary>IEM library and verdict.</summary>
        public IMatchAnalyzer Analyzer;

        /// <summary>The OLED.</summary>
        public IDisplay Display;

        /// <summary>The keypad.</summary>
        public IButtons Buttons;

        /// <summary>Time.</summary>
        public IClock Clock;

        /// <summary>Relays, used directly only for the safe state and the boot self-test.</summary>
        public IFixture Fixture;

        /// <summary>Tone DAC, used directly only to silence it (safe state, self-test).</summary>
        public IToneOutput Tone;

        /// <summary>ADC, used directly only by the boot self-test.</summary>
        public ISampler Sampler;

        /// <summary>Non-volatile storage.</summary>
        public IStore Store;

        /// <summary>Serial command service; null = no PC link.</summary>
        public ISerialService Serial;

        /// <summary>The calibration as a stored record; null = the engine does not persist it.</summary>
        public IRecordPayload Calibration;

        /// <summary>The IEM library as a stored record; null = built-in library only.</summary>
        public IRecordPayload Library;
    }
}
