using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.Tests.App
{
    /// <summary>Display that keeps a copy of the last frame and counts frames.</summary>
    public sealed class FakeDisplay : IDisplay
    {
        public readonly byte[] Last = new byte[1024];
        public int Frames;
        public bool Throw;

        public void Show(byte[] frame)
        {
            if (Throw)
            {
                throw new System.InvalidOperationException("display gone");
            }

            for (int i = 0; i < Last.Length; i++)
            {
                Last[i] = frame[i];
            }

            Frames++;
        }
    }

    /// <summary>Buttons that replay a queue of events, then report None.</summary>
    public sealed class ScriptedButtons : IButtons
    {
        private readonly ButtonEvent[] _queue = new ButtonEvent[64];
        private int _head;
        private int _tail;

        public void Press(ButtonEvent e)
        {
            _queue[_tail++] = e;
        }

        public ButtonEvent Poll()
        {
            return _head < _tail ? _queue[_head++] : ButtonEvent.None;
        }
    }

    /// <summary>Clock whose Sleep advances simulated time.</summary>
    public sealed class FakeClock : IClock
    {
        public long Now;

        public long Microseconds
        {
            get { return Now; }
        }

        public void Sleep(int milliseconds)
        {
            Now += milliseconds * 1000L;
        }
    }

    /// <summary>Fixture that records calls.</summary>
    public sealed class FakeFixture : IFixture
    {
        public int SafeCalls;
        public int RangeCalls;
        public int ModeCalls;
        public bool ThrowOnSafe;

        public void SelectRange(int rangeIndex)
        {
            RangeCalls++;
        }

        public void SelectLeg(int leg)
        {
        }

        public void SetMode(FixtureMode mode)
        {
            ModeCalls++;
        }

        public void SelectGain(int gainIndex)
        {
        }

        public void Safe()
        {
            SafeCalls++;
            if (ThrowOnSafe)
            {
                throw new System.InvalidOperationException("relay driver");
            }
        }

        public int SettleMilliseconds
        {
            get { return 5; }
        }
    }

    /// <summary>Tone DAC that records silences.</summary>
    public sealed class FakeTone : IToneOutput
    {
        public int SilenceCalls;
        public int LastCode = 128;

        public void Write(int code)
        {
            LastCode = code;
        }

        public void Silence()
        {
            SilenceCalls++;
            LastCode = 128;
        }
    }

    /// <summary>ADC returning a fixed mid-scale code with a small deterministic wobble.</summary>
    public sealed class FakeSampler : ISampler
    {
        public int Code = 1610;
        private int _n;

        public int Read()
        {
            _n++;
            return Code + (_n % 5) - 2;
        }
    }
}
