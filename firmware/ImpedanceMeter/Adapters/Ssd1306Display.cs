using System.Device.I2c;
using ImpedanceMeter.Core.Ports;
using ImpedanceMeter.Core.Ui;
using Iot.Device.Ssd13xx;
using nanoFramework.Hardware.Esp32;

namespace ImpedanceMeter.Adapters
{
    /// <summary>
    /// The SSD1306 128x64 OLED on I2C1. The core's frame is already in the controller's page
    /// format, so it is copied whole with <see cref="Ssd13xx.DrawDirectAligned"/> and sent with
    /// <see cref="Ssd13xx.Display"/>. No font is set: the core draws its own.
    /// </summary>
    public sealed class Ssd1306Display : IDisplay
    {
        private readonly Ssd1306 _oled;

        /// <summary>Routes I2C1 to its pins and initialises the controller.</summary>
        public Ssd1306Display()
        {
            Configuration.SetPinFunction(PinMap.I2cData, DeviceFunction.I2C1_DATA);
            Configuration.SetPinFunction(PinMap.I2cClock, DeviceFunction.I2C1_CLOCK);
            I2cDevice device = I2cDevice.Create(new I2cConnectionSettings(PinMap.I2cBus, PinMap.OledAddress, I2cBusSpeed.FastMode));
            _oled = new Ssd1306(device, Ssd13xx.DisplayResolution.OLED128x64);
        }

        /// <summary>Shows a 1024-byte page-format frame.</summary>
        public void Show(byte[] frame)
        {
            _oled.DrawDirectAligned(0, 0, FrameBuffer.Width, FrameBuffer.Height, frame);
            _oled.Display();
        }
    }
}
