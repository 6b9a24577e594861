using System.Collections;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.Tests.Protocol
{
    /// <summary>An in-memory serial link: the test queues input bytes and reads back the output lines.</summary>
    public sealed class FakeSerialLink : ISerialLink
    {
        private byte[] _input = new byte[0];
        private int _inputPos;
        private byte[] _output = new byte[4096];
        private int _outputLen;

        /// <summary>Largest chunk a Read returns (small values exercise partial reads).</summary>
        public int ReadChunk = 64;

        public void Feed(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            Feed(bytes, bytes.Length);
        }

        public void Feed(byte[] bytes, int count)
        {
            int left = _input.Length - _inputPos;
            byte[] next = new byte[left + count];
            System.Array.Copy(_input, _inputPos, next, 0, left);
            System.Array.Copy(bytes, 0, next, left, count);
            _input = next;
            _inputPos = 0;
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            int n = _input.Length - _inputPos;
            if (n > count)
            {
                n = count;
            }

            if (n > ReadChunk)
            {
                n = ReadChunk;
            }

            System.Array.Copy(_input, _inputPos, buffer, offset, n);
            _inputPos += n;
            return n;
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            if (_outputLen + count > _output.Length)
            {
                byte[] bigger = new byte[(_outputLen + count) * 2];
                System.Array.Copy(_output, bigger, _outputLen);
                _output = bigger;
            }

            System.Array.Copy(buffer, offset, _output, _outputLen, count);
            _outputLen += count;
        }

        /// <summary>Output bytes since the last call, one string per CR LF line (terminator removed).</summary>
        public string[] TakeLines()
        {
            ArrayList lines = new ArrayList();
            int start = 0;
            for (int i = 0; i < _outputLen; i++)
            {
                if (_output[i] == (byte)'\n')
                {
                    int end = i > start && _output[i - 1] == (byte)'\r' ? i - 1 : i;
                    char[] chars = new char[end - start];
                    for (int k = 0; k < chars.Length; k++)
                    {
                        chars[k] = (char)_output[start + k];
                    }

                    lines.Add(new string(chars));
                    start = i + 1;
                }
            }

            _outputLen = 0;
            string[] result = new string[lines.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (string)lines[i];
            }

            return result;
        }
    }
}
