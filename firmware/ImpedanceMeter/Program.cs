using System.Diagnostics;
using System.Threading;

namespace ImpedanceMeter
{
    /// <summary>
    /// Entry point of the ESP32 firmware. The application (adapters, worker loop, screens) is
    /// not implemented yet; until it is, the firmware says so on the debug output and idles,
    /// with the injection path untouched (all relays stay in their power-on, open state).
    /// </summary>
    public static class Program
    {
        /// <summary>Firmware entry point.</summary>
        public static void Main()
        {
            Debug.WriteLine("ImpedanceMeter: application not implemented yet");
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
