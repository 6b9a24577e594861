using System.Threading;
using ImpedanceMeter.Core.Ports;
using nanoFramework.Hardware.Esp32;

namespace ImpedanceMeter.Adapters
{
    /// <summary>µs clock from <see cref="HighResTimer.GetCurrent"/>, sleep from <see cref="Thread.Sleep(int)"/> (10 ms tick).</summary>
    public sealed class Esp32Clock : IClock
    {
        /// <summary>Microseconds since boot.</summary>
        public long Microseconds
        {
            get { return (long)HighResTimer.GetCurrent(); }
        }

        /// <summary>Sleeps at least <paramref name="milliseconds"/> ms.</summary>
        public void Sleep(int milliseconds)
        {
            Thread.Sleep(milliseconds);
        }
    }
}
