using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.App
{
    /// <summary>
    /// Turns raw button levels sampled every loop step into events: a level must hold for
    /// <see cref="DebounceMicroseconds"/> to count (tact switches bounce for up to ~10 ms; the
    /// 100 nF + 10 kΩ RC on each line, hardware/pinout.md, adds a 1 ms time constant). Up and
    /// Down fire on press; Select fires on release if it was short, and Back fires as soon as
    /// Select has been held for <see cref="LongPressMicroseconds"/>. No allocation.
    /// </summary>
    public sealed class ButtonDebouncer
    {
        /// <summary>Time a new level must be stable, µs.</summary>
        public const long DebounceMicroseconds = 30000;

        /// <summary>Hold time of Select that means Back, µs.</summary>
        public const long LongPressMicroseconds = 800000;

        private const int Up = 0;
        private const int Down = 1;
        private const int Select = 2;

        private readonly bool[] _raw = new bool[3];
        private readonly long[] _rawSince = new long[3];
        private readonly bool[] _stable = new bool[3];
        private long _selectPressedAt;
        private bool _longFired;
        private readonly ButtonEvent[] _queue = new ButtonEvent[4];
        private int _count;

        /// <summary>Feeds the levels (true = pressed) sampled at <paramref name="microseconds"/>.</summary>
        public void Sample(bool up, bool down, bool select, long microseconds)
        {
            Track(Up, up, microseconds);
            Track(Down, down, microseconds);
            Track(Select, select, microseconds);
        }

        /// <summary>Oldest pending event, or None.</summary>
        public ButtonEvent Next()
        {
            if (_count == 0)
            {
                return ButtonEvent.None;
            }

            ButtonEvent e = _queue[0];
            for (int i = 1; i < _count; i++)
            {
                _queue[i - 1] = _queue[i];
            }

            _count--;
            return e;
        }

        private void Track(int button, bool level, long now)
        {
            if (level != _raw[button])
            {
                _raw[button] = level;
                _rawSince[button] = now;
                return;
            }

            if (level != _stable[button] && now - _rawSince[button] >= DebounceMicroseconds)
            {
                _stable[button] = level;
                if (button == Select)
                {
                    if (level)
                    {
                        _selectPressedAt = now;
                        _longFired = false;
                    }
                    else if (!_longFired)
                    {
                        Push(ButtonEvent.Select);
                    }
                }
                else if (level)
                {
                    Push(button == Up ? ButtonEvent.Up : ButtonEvent.Down);
                }
            }

            if (button == Select && _stable[Select] && !_longFired && now - _selectPressedAt >= LongPressMicroseconds)
            {
                _longFired = true;
                Push(ButtonEvent.Back);
            }
        }

        private void Push(ButtonEvent e)
        {
            if (_count < _queue.Length)
            {
                _queue[_count++] = e;
            }
        }
    }
}
