namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>
    /// A command line split into tokens without copying: token 0 is the header, the rest are
    /// parameters separated by spaces or commas; a parameter in double quotes may hold spaces
    /// (no escapes). Offsets point into the caller's fixed buffer, which must not change while
    /// the command is handled.
    /// </summary>
    public sealed class ParsedCommand
    {
        private readonly int[] _start = new int[ProtocolInfo.MaxTokens];
        private readonly int[] _length = new int[ProtocolInfo.MaxTokens];
        private byte[] _buffer;
        private int _count;

        /// <summary>Number of tokens, header included (0 for a blank line).</summary>
        public int TokenCount
        {
            get { return _count; }
        }

        /// <summary>Number of parameters (tokens after the header).</summary>
        public int ParameterCount
        {
            get { return _count > 0 ? _count - 1 : 0; }
        }

        /// <summary>
        /// Tokenizes <paramref name="length"/> bytes of <paramref name="buffer"/>. Returns 0, or
        /// -102 for an unterminated quote or a quote inside a word, or -108 for too many tokens.
        /// </summary>
        public int Parse(byte[] buffer, int length)
        {
            _buffer = buffer;
            _count = 0;
            int i = 0;
            while (i < length)
            {
                byte b = buffer[i];
                if (b == (byte)' ' || b == (byte)',')
                {
                    i++;
                    continue;
                }

                if (_count == ProtocolInfo.MaxTokens)
                {
                    return ErrorCodes.ParameterNotAllowed;
                }

                if (b == (byte)'"')
                {
                    int close = i + 1;
                    while (close < length && buffer[close] != (byte)'"')
                    {
                        close++;
                    }

                    if (close == length)
                    {
                        return ErrorCodes.SyntaxError;
                    }

                    _start[_count] = i + 1;
                    _length[_count] = close - i - 1;
                    _count++;
                    i = close + 1;
                    if (i < length && buffer[i] != (byte)' ' && buffer[i] != (byte)',')
                    {
                        return ErrorCodes.SyntaxError;
                    }

                    continue;
                }

                int end = i;
                while (end < length && buffer[end] != (byte)' ' && buffer[end] != (byte)',')
                {
                    if (buffer[end] == (byte)'"')
                    {
                        return ErrorCodes.SyntaxError;
                    }

                    end++;
                }

                _start[_count] = i;
                _length[_count] = end - i;
                _count++;
                i = end;
            }

            return ErrorCodes.None;
        }

        /// <summary>True when token <paramref name="index"/> equals <paramref name="upper"/> ignoring ASCII case.</summary>
        public bool TokenEquals(int index, string upper)
        {
            if (index >= _count || _length[index] != upper.Length)
            {
                return false;
            }

            int start = _start[index];
            for (int i = 0; i < upper.Length; i++)
            {
                int c = _buffer[start + i];
                if (c >= 'a' && c <= 'z')
                {
                    c -= 32;
                }

                if (c != upper[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Token <paramref name="index"/> as a string (allocates; only for handlers that need it).</summary>
        public string Token(int index)
        {
            if (index >= _count)
            {
                return string.Empty;
            }

            char[] chars = new char[_length[index]];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)_buffer[_start[index] + i];
            }

            return new string(chars);
        }

        /// <summary>Parses token <paramref name="index"/> as a decimal scaled by 10^<paramref name="scaleDigits"/>.</summary>
        public bool TryFixed(int index, int scaleDigits, out long value)
        {
            value = 0;
            return index < _count && Text.FixedFormat.TryParse(Token(index), scaleDigits, out value);
        }

        /// <summary>True when token <paramref name="index"/> is a plain unsigned integer (digits only).</summary>
        public bool IsUnsignedInteger(int index)
        {
            if (index >= _count || _length[index] == 0 || _length[index] > 9)
            {
                return false;
            }

            for (int i = 0; i < _length[index]; i++)
            {
                byte c = _buffer[_start[index] + i];
                if (c < (byte)'0' || c > (byte)'9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
