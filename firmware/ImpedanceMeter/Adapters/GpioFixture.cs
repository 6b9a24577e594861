using System.Device.Gpio;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Adapters
{
    /// <summary>
    /// Relays and muxes of the front end, written exactly as the table "Codes the adapter
    /// writes" in hardware/pinout.md says: the leg tree only changes with the force relay open,
    /// and every line is active high.
    /// </summary>
    public sealed class GpioFixture : IFixture
    {
        /// <summary>Relay operate time + bounce, ms (hardware/frontend.json "relays.settle_ms").</summary>
        public const int RelaySettleMilliseconds = 5;

        private readonly GpioPin _range1;
        private readonly GpioPin _range10;
        private readonly GpioPin _force;
        private readonly GpioPin _leg0;
        private readonly GpioPin _leg1;
        private readonly GpioPin _leg2;
        private readonly GpioPin _mux0;
        private readonly GpioPin _mux1;
        private readonly GpioPin _mux2;
        private readonly GpioPin _gain0;
        private readonly GpioPin _gain1;
        private int _legCode;
        private FixtureMode _mode = FixtureMode.Unloaded;

        /// <summary>Opens every relay and mux line as an output and goes to the safe state.</summary>
        public GpioFixture(GpioController gpio)
        {
            _range1 = gpio.OpenPin(PinMap.RelayRange1, PinMode.Output);
            _range10 = gpio.OpenPin(PinMap.RelayRange10, PinMode.Output);
            _force = gpio.OpenPin(PinMap.RelayForce, PinMode.Output);
            _leg0 = gpio.OpenPin(PinMap.RelayLeg0, PinMode.Output);
            _leg1 = gpio.OpenPin(PinMap.RelayLeg1, PinMode.Output);
            _leg2 = gpio.OpenPin(PinMap.RelayLeg2, PinMode.Output);
            _mux0 = gpio.OpenPin(PinMap.MuxA0, PinMode.Output);
            _mux1 = gpio.OpenPin(PinMap.MuxA1, PinMode.Output);
            _mux2 = gpio.OpenPin(PinMap.MuxA2, PinMode.Output);
            _gain0 = gpio.OpenPin(PinMap.GainG0, PinMode.Output);
            _gain1 = gpio.OpenPin(PinMap.GainG1, PinMode.Output);
            Safe();
        }

        /// <summary>Relay settle time, ms.</summary>
        public int SettleMilliseconds
        {
            get { return RelaySettleMilliseconds; }
        }

        /// <summary>0 = 1 Ω (K1), 1 = 10 Ω (K2), 2 = 33 Ω (neither).</summary>
        public void SelectRange(int rangeIndex)
        {
            _range1.Write(rangeIndex == 0);
            _range10.Write(rangeIndex == 1);
        }

        /// <summary>Tree and sense mux code leg + 1; the force relay opens around the tree change.</summary>
        public void SelectLeg(int leg)
        {
            bool wasLoaded = _mode == FixtureMode.Loaded;
            _force.Write(false);
            _legCode = leg + 1;
            WriteTree(_legCode);
            WriteMux(_mode == FixtureMode.Unloaded ? 0 : _legCode);
            _force.Write(wasLoaded);
        }

        /// <summary>Unloaded: force open, mux at the meter node; Loaded: force closed, mux at the leg; Listen: force open, mux at the leg.</summary>
        public void SetMode(FixtureMode mode)
        {
            _mode = mode;
            if (mode == FixtureMode.Loaded)
            {
                WriteTree(_legCode);
                WriteMux(_legCode);
                _force.Write(true);
                return;
            }

            _force.Write(false);
            WriteMux(mode == FixtureMode.Listen ? _legCode : 0);
        }

        /// <summary>0/1/2 = gain 30/120/480: G1G0 = 00/01/10.</summary>
        public void SelectGain(int gainIndex)
        {
            _gain0.Write(gainIndex == 1);
            _gain1.Write(gainIndex == 2);
        }

        /// <summary>Force open, tree parked, 33 Ω range, gain 30, mux at the meter node.</summary>
        public void Safe()
        {
            _force.Write(false);
            _mode = FixtureMode.Unloaded;
            _legCode = 0;
            WriteTree(0);
            SelectRange(2);
            SelectGain(0);
            WriteMux(0);
        }

        private void WriteTree(int code)
        {
            _leg0.Write((code & 1) != 0);
            _leg1.Write((code & 2) != 0);
            _leg2.Write((code & 4) != 0);
        }

        private void WriteMux(int code)
        {
            _mux0.Write((code & 1) != 0);
            _mux1.Write((code & 2) != 0);
            _mux2.Write((code & 4) != 0);
        }
    }
}
