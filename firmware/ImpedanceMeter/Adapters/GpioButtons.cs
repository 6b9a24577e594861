using System.Device.Gpio;
using ImpedanceMeter.Core.App;
using ImpedanceMeter.Core.Ports;
using nanoFramework.Hardware.Esp32;

namespace ImpedanceMeter.Adapters
{
    /// <summary>
    /// The three buttons, active low with external pull-ups (hardware/pinout.md). Each poll
    /// reads the levels and hands them to the core's <see cref="ButtonDebouncer"/>, which decides
    /// what a press means; the worker loop polls every ~10 ms.
    /// </summary>
    public sealed class GpioButtons : IButtons
    {
        private readonly GpioPin _up;
        private readonly GpioPin _down;
        private readonly GpioPin _select;
        private readonly ButtonDebouncer _debouncer = new ButtonDebouncer();

        /// <summary>Opens the button pins as inputs (GPIO34/35 are input-only and have no internal pull-up).</summary>
        public GpioButtons(GpioController gpio)
        {
            _up = gpio.OpenPin(PinMap.ButtonUp, PinMode.Input);
            _down = gpio.OpenPin(PinMap.ButtonDown, PinMode.Input);
            _select = gpio.OpenPin(PinMap.ButtonSelect, PinMode.Input);
        }

        /// <summary>Samples the buttons and returns the oldest debounced event.</summary>
        public ButtonEvent Poll()
        {
            _debouncer.Sample(_up.Read() == PinValue.Low, _down.Read() == PinValue.Low, _select.Read() == PinValue.Low, (long)HighResTimer.GetCurrent());
            return _debouncer.Next();
        }
    }
}
