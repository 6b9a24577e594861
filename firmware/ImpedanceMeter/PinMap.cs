namespace ImpedanceMeter
{
    /// <summary>
    /// Every ESP32 pin the firmware touches, from hardware/pinout.md (ESP32-WROOM-32). Relay and
    /// gain lines are active high with 100 kΩ pull-downs, so reset leaves the fixture safe;
    /// buttons are active low. ADC pins are given as ADC1 logical channels (DESIGN.md §3).
    /// </summary>
    public static class PinMap
    {
        /// <summary>DAC channel of the tone generator (GPIO25, net DAC_TONE).</summary>
        public const int ToneDacChannel = 0;

        /// <summary>
        /// GPIO of the tone net (GPIO25, net DAC_TONE) as a digital pin: the RMT tone of scheme (c)
        /// drives it as PWM instead of DAC channel 0; use one or the other, never both.
        /// </summary>
        public const int ToneGpio = 25;

        /// <summary>DAC channel of the dither offset (GPIO26, net DAC_DITHER).</summary>
        public const int DitherDacChannel = 1;

        /// <summary>ADC1 channel of the sense amplifier (GPIO36, net ADC_SENSE).</summary>
        public const int SenseAdcChannel = 0;

        /// <summary>ADC1 channel of the DC monitor (GPIO39, net ADC_DCMON).</summary>
        public const int DcMonitorAdcChannel = 3;

        /// <summary>ADC1 channel of the battery divider (GPIO32, net ADC_VBAT).</summary>
        public const int BatteryAdcChannel = 4;

        /// <summary>K1: 1 Ω shunt range (net RLY_R1).</summary>
        public const int RelayRange1 = 4;

        /// <summary>K2: 10 Ω range with K1 off; both off = 33 Ω (net RLY_R10).</summary>
        public const int RelayRange10 = 13;

        /// <summary>K3: force path to the leg tree, Loaded mode (net RLY_FORCE).</summary>
        public const int RelayForce = 18;

        /// <summary>Leg tree bit 0 (net RLY_LEG0).</summary>
        public const int RelayLeg0 = 19;

        /// <summary>Leg tree bit 1 (net RLY_LEG1).</summary>
        public const int RelayLeg1 = 23;

        /// <summary>Leg tree bit 2 (net RLY_LEG2).</summary>
        public const int RelayLeg2 = 27;

        /// <summary>Sense mux address bit 0, CD74HC4051 (net MUX_A0; strapping pin, harmless here).</summary>
        public const int MuxA0 = 2;

        /// <summary>Sense mux address bit 1 (net MUX_A1).</summary>
        public const int MuxA1 = 5;

        /// <summary>Sense mux address bit 2 (net MUX_A2).</summary>
        public const int MuxA2 = 15;

        /// <summary>Gain tap mux bit 0, CD74HC4052 (net GAIN_G0).</summary>
        public const int GainG0 = 14;

        /// <summary>Gain tap mux bit 1 (net GAIN_G1).</summary>
        public const int GainG1 = 33;

        /// <summary>I2C1 data to the SSD1306 (net I2C_SDA).</summary>
        public const int I2cData = 21;

        /// <summary>I2C1 clock, 400 kHz (net I2C_SCL).</summary>
        public const int I2cClock = 22;

        /// <summary>I2C bus of the OLED (nanoFramework bus ids are 1-based: I2C1).</summary>
        public const int I2cBus = 1;

        /// <summary>SSD1306 7-bit address (SSD1306 datasheet §8.1.5: 0x3C with SA0 low).</summary>
        public const int OledAddress = 0x3C;

        /// <summary>COM2 transmit to the PC logger's bridge (net COM2_TX).</summary>
        public const int Com2Tx = 17;

        /// <summary>COM2 receive from the PC logger's bridge (net COM2_RX).</summary>
        public const int Com2Rx = 16;

        /// <summary>Button Up, active low, input-only pin (net BTN_UP).</summary>
        public const int ButtonUp = 34;

        /// <summary>Button Down, active low, input-only pin (net BTN_DOWN).</summary>
        public const int ButtonDown = 35;

        /// <summary>Button Select = the BOOT button, active low (net BTN_SEL).</summary>
        public const int ButtonSelect = 0;
    }
}
