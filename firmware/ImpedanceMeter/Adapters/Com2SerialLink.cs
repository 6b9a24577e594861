using System.IO.Ports;
using ImpedanceMeter.Core.Ports;
using nanoFramework.Hardware.Esp32;

namespace ImpedanceMeter.Adapters
{
    /// <summary>
    /// The PC logger link on COM2 (UART1 on GPIO17/16), 115200 8N1. COM1 stays with the
    /// debugger (DESIGN.md §3). Reads never block: only what <see cref="SerialPort.BytesToRead"/> reports.
    /// </summary>
    public sealed class Com2SerialLink : ISerialLink
    {
        /// <summary>Line rate, baud.</summary>
        public const int BaudRate = 115200;

        private readonly SerialPort _port;

        /// <summary>Routes COM2 to its pins and opens it.</summary>
        public Com2SerialLink()
        {
            Configuration.SetPinFunction(PinMap.Com2Tx, DeviceFunction.COM2_TX);
            Configuration.SetPinFunction(PinMap.Com2Rx, DeviceFunction.COM2_RX);
            _port = new SerialPort("COM2", BaudRate);
            _port.Open();
        }

        /// <summary>Copies up to <paramref name="count"/> waiting bytes; 0 if none.</summary>
        public int Read(byte[] buffer, int offset, int count)
        {
            int waiting = _port.BytesToRead;
            if (waiting <= 0)
            {
                return 0;
            }

            return _port.Read(buffer, offset, waiting < count ? waiting : count);
        }

        /// <summary>Queues bytes for transmission.</summary>
        public void Write(byte[] buffer, int offset, int count)
        {
            _port.Write(buffer, offset, count);
        }
    }
}
