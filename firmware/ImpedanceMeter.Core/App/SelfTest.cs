using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.App
{
    /// <summary>
    /// Boot checks. The ADC node must sit at its bias with the fixture safe and the generator
    /// silent, and stay there while every relay is toggled once (a welded or shorting relay
    /// pulls it away). The display check can only prove the frame was accepted: the SSD1306
    /// write path has no read-back.
    /// </summary>
    public sealed class SelfTest
    {
        private int _lastSpreadCodes;
        private int _lastMeanCode;
        /// <summary>
        /// Expected ADC code at the sense bias: 1.30 V / 0.806 mV per code
        /// (hardware/frontend.json "sense.bias_v", "adc.nominal_mv_per_code").
        /// </summary>
        public const int ExpectedMidCode = 1613;

        /// <summary>
        /// Allowed distance from <see cref="ExpectedMidCode"/>, codes (≈ 200 mV): ±6 % chip gain
        /// error + ±60 mV calibrated total error (ESP32 datasheet, ADC characteristics) + bias
        /// divider tolerance.
        /// </summary>
        public const int MidCodeTolerance = 250;

        /// <summary>Largest peak-to-peak spread of the samples on a quiet node, codes (≈ 50 mV).</summary>
        public const int MaxSpreadCodes = 64;

        /// <summary>Samples averaged per ADC check.</summary>
        public const int Samples = 16;

        private readonly IFixture _fixture;
        private readonly IToneOutput _tone;
        private readonly ISampler _sampler;
        private readonly IClock _clock;

        /// <summary>Creates the self-test over the front-end ports.</summary>
        public SelfTest(IFixture fixture, IToneOutput tone, ISampler sampler, IClock clock)
        {
            _fixture = fixture;
            _tone = tone;
            _sampler = sampler;
            _clock = clock;
        }

        /// <summary>Mean ADC code of the last check.</summary>
        public int LastMeanCode { get { return _lastMeanCode; } }

        /// <summary>Peak-to-peak spread of the last check, codes.</summary>
        public int LastSpreadCodes { get { return _lastSpreadCodes; } }

        /// <summary>Silences the generator, makes the fixture safe and checks the node is at mid-scale and quiet.</summary>
        public bool CheckAdcMidScale()
        {
            _tone.Silence();
            _fixture.Safe();
            _clock.Sleep(_fixture.SettleMilliseconds);
            return SampleNode();
        }

        /// <summary>Toggles every range relay and the force/sense paths once, back to safe, checking the node after each.</summary>
        public bool CheckRelays()
        {
            bool ok = true;
            for (int range = 0; range < 3; range++)
            {
                _fixture.SelectRange(range);
                _clock.Sleep(_fixture.SettleMilliseconds);
                ok &= SampleNode();
            }

            _fixture.SelectLeg(0);
            _fixture.SetMode(FixtureMode.Listen);
            _clock.Sleep(_fixture.SettleMilliseconds);
            _fixture.SetMode(FixtureMode.Unloaded);
            _fixture.Safe();
            _clock.Sleep(_fixture.SettleMilliseconds);
            ok &= SampleNode();
            return ok;
        }

        private bool SampleNode()
        {
            int sum = 0;
            int min = int.MaxValue;
            int max = int.MinValue;
            for (int i = 0; i < Samples; i++)
            {
                int code = _sampler.Read();
                sum += code;
                min = code < min ? code : min;
                max = code > max ? code : max;
            }

            _lastMeanCode = sum / Samples;
            _lastSpreadCodes = max - min;
            int distance = LastMeanCode - ExpectedMidCode;
            distance = distance < 0 ? -distance : distance;
            return distance <= MidCodeTolerance && LastSpreadCodes <= MaxSpreadCodes;
        }
    }
}
