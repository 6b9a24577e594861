using System;
using System.Diagnostics;
using System.Threading;

namespace ImpedanceMeter
{
    /// <summary>
    /// Entry point of the ESP32 firmware: builds the adapters and the application
    /// (<see cref="DeviceComposition"/>) and runs the worker loop. If building the device
    /// itself fails (a missing OLED, a bad pin), the relays are left in their power-on safe
    /// state (all lines pulled down, hardware/pinout.md) and the reason goes to the debug output.
    /// </summary>
    public static class Program
    {
        /// <summary>Firmware entry point.</summary>
        public static void Main()
        {
            try
            {
                DeviceComposition.Build().Run();
            }
            catch (Exception e)
            {
                Debug.WriteLine("ImpedanceMeter: cannot start: " + e.Message);
                Thread.Sleep(Timeout.Infinite);
            }
        }
    }
}
