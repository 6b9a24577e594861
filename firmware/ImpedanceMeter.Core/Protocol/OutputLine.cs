using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>
    /// Streaming writer of meter lines: builds one line in a fixed buffer, then appends the
    /// checksum (<see cref="LineChecksum"/>) and CR LF and hands it to the serial link. Text that
    /// does not fit is cut, never overflows; bytes outside printable ASCII and '*' become '?'.
    /// Also an <see cref="ILineWriter"/> (CAPT? dumps) and an <see cref="IProgressSink"/> (#PROG lines).
    /// </summary>
    public sealed class OutputLine : ILineWriter, IProgressSink
    {
        private readonly byte[] _buffer = new byte[ProtocolInfo.MaxOutputLength];
        private readonly byte[] _digits = new byte[20];
        private readonly ISerialLink _link;
        private int _length;
        private bool _cut;
        private int _truncatedLines;

        /// <summary>Writes lines to <paramref name="link"/>.</summary>
        public OutputLine(ISerialLink link)
        {
            _link = link;
        }

        /// <summary>When false, <see cref="Report"/> sends nothing (used for continuous readings).</summary>
        public bool ShowProgress = true;

        /// <summary>Room for the body: the buffer minus checksum and CR LF.</summary>
        public const int MaxBody = ProtocolInfo.MaxOutputLength - LineChecksum.SuffixLength - 2;

        /// <summary>Lines sent cut short because their body exceeded <see cref="MaxBody"/> (since power-up).</summary>
        public int TruncatedLines
        {
            get { return _truncatedLines; }
        }

        /// <summary>Starts a new line.</summary>
        public OutputLine Begin()
        {
            _length = 0;
            _cut = false;
            return this;
        }

        /// <summary>Appends text (cut at <see cref="MaxBody"/>).</summary>
        public OutputLine Append(string text)
        {
            for (int i = 0; text != null && i < text.Length; i++)
            {
                AppendChar(text[i]);
            }

            return this;
        }

        /// <summary>Appends one character; anything outside printable ASCII, and '*', becomes '?'.</summary>
        public OutputLine AppendChar(char c)
        {
            if (_length < MaxBody)
            {
                _buffer[_length++] = c < ' ' || c > '~' || c == '*' ? (byte)'?' : (byte)c;
            }
            else
            {
                _cut = true;
            }

            return this;
        }

        /// <summary>Appends a decimal integer without allocating.</summary>
        public OutputLine AppendInt(long value)
        {
            ulong magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
            if (value < 0)
            {
                AppendChar('-');
            }

            int n = 0;
            do
            {
                _digits[n++] = (byte)('0' + (int)(magnitude % 10));
                magnitude /= 10;
            }
            while (magnitude != 0);

            while (n > 0)
            {
                AppendChar((char)_digits[--n]);
            }

            return this;
        }

        /// <summary>Appends value·10^-scaleDigits with <paramref name="decimals"/> decimals (see FixedFormat).</summary>
        public OutputLine AppendFixed(long value, int scaleDigits, int decimals)
        {
            return Append(Text.FixedFormat.Format(value, scaleDigits, decimals));
        }

        /// <summary>Appends the checksum and CR LF and writes the line to the link.</summary>
        public void Send()
        {
            int n = LineChecksum.Append(_buffer, _length);
            _buffer[n++] = (byte)'\r';
            _buffer[n++] = (byte)'\n';
            _link.Write(_buffer, 0, n);
            if (_cut)
            {
                _truncatedLines++;
            }

            _length = 0;
            _cut = false;
        }

        /// <summary>Sends <paramref name="line"/> as one checksummed line.</summary>
        public void WriteLine(string line)
        {
            Begin().Append(line).Send();
        }

        /// <summary>Sends "#PROG,&lt;percent&gt;,&lt;stage&gt;" unless <see cref="ShowProgress"/> is off.</summary>
        public void Report(int percent, string stage)
        {
            if (ShowProgress)
            {
                Begin().Append("#PROG,").AppendInt(percent).AppendChar(',').Append(stage).Send();
            }
        }
    }
}
