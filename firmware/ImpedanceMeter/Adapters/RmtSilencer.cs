using System;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Adapters
{
    /// <summary>
    /// The application's <see cref="IToneOutput"/> in the stream build: GPIO25 belongs to the RMT loop
    /// (<see cref="RmtToneGenerator"/>), so the DAC must stay closed. Silencing parks the RMT at mid-scale;
    /// a DAC code cannot be written (only the lock-step engine writes codes, and the stream build does not wire it).
    /// </summary>
    public sealed class RmtSilencer : IToneOutput
    {
        private readonly IToneGenerator _generator;

        /// <summary>Wraps the RMT tone generator.</summary>
        public RmtSilencer(IToneGenerator generator)
        {
            _generator = generator;
        }

        /// <summary>Not available in the stream build.</summary>
        /// <exception cref="InvalidOperationException">Always: GPIO25 is driven by the RMT loop.</exception>
        public void Write(int code)
        {
            throw new InvalidOperationException("GPIO25 plays the RMT tone in the stream build");
        }

        /// <summary>Parks the RMT output at mid-scale (no tone at the jack).</summary>
        public void Silence()
        {
            _generator.Stop();
        }
    }
}
