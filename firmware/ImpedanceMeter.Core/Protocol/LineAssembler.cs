namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>
    /// Assembles received bytes into command lines in a fixed buffer. LF ends a line, CR is
    /// ignored. A line longer than <see cref="ProtocolInfo.MaxCommandLength"/> or holding a byte
    /// outside printable ASCII (0x20–0x7E) is discarded up to its LF and reported once.
    /// </summary>
    public sealed class LineAssembler
    {
        private readonly byte[] _buffer = new byte[ProtocolInfo.MaxCommandLength];
        private int _length;
        private int _fault;

        /// <summary>The bytes of the completed line (valid after <see cref="Push"/> returns <see cref="LineReady"/>).</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Length in bytes of the completed line.</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary><see cref="Push"/> result: the byte was absorbed, no line yet.</summary>
        public const int Pending = 0;

        /// <summary><see cref="Push"/> result: a complete line is in <see cref="Buffer"/>.</summary>
        public const int LineReady = 1;

        /// <summary><see cref="Push"/> result: a damaged line ended; <see cref="Fault"/> says why.</summary>
        public const int LineRejected = 2;

        /// <summary>Error code of the last rejected line (-223 too long, -101 invalid character).</summary>
        public int Fault
        {
            get { return _fault; }
        }

        /// <summary>Feeds one byte; returns <see cref="Pending"/>, <see cref="LineReady"/> or <see cref="LineRejected"/>. After either of the last two, call <see cref="Reset"/>.</summary>
        public int Push(byte b)
        {
            if (b == (byte)'\n')
            {
                return _fault != ErrorCodes.None ? LineRejected : LineReady;
            }

            if (b == (byte)'\r')
            {
                return Pending;
            }

            if (_fault != ErrorCodes.None)
            {
                return Pending;
            }

            if (b < 0x20 || b > 0x7E)
            {
                _fault = ErrorCodes.InvalidCharacter;
                return Pending;
            }

            if (_length == ProtocolInfo.MaxCommandLength)
            {
                _fault = ErrorCodes.TooMuchData;
                return Pending;
            }

            _buffer[_length++] = b;
            return Pending;
        }

        /// <summary>Starts a new line after the caller handled a ready or rejected one.</summary>
        public void Reset()
        {
            _length = 0;
            _fault = ErrorCodes.None;
        }
    }
}
