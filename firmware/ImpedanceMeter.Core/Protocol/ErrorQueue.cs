namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>
    /// First-in first-out queue of error codes (SCPI error/event queue), fixed capacity. When
    /// full, the newest entry is replaced by <see cref="ErrorCodes.QueueOverflow"/>.
    /// </summary>
    public sealed class ErrorQueue
    {
        /// <summary>Entries the queue holds.</summary>
        public const int Capacity = 8;

        private readonly int[] _codes = new int[Capacity];
        private int _head;
        private int _count;

        /// <summary>Number of queued errors.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Queues <paramref name="code"/>; on overflow the last slot becomes -350.</summary>
        public void Push(int code)
        {
            if (code == ErrorCodes.None)
            {
                return;
            }

            if (_count == Capacity)
            {
                _codes[(_head + Capacity - 1) % Capacity] = ErrorCodes.QueueOverflow;
                return;
            }

            _codes[(_head + _count) % Capacity] = code;
            _count++;
        }

        /// <summary>Removes and returns the oldest code, or 0 when empty.</summary>
        public int Pop()
        {
            if (_count == 0)
            {
                return ErrorCodes.None;
            }

            int code = _codes[_head];
            _head = (_head + 1) % Capacity;
            _count--;
            return code;
        }

        /// <summary>Empties the queue (*CLS).</summary>
        public void Clear()
        {
            _head = 0;
            _count = 0;
        }
    }
}
