using ImpedanceMeter.Core.Protocol;
using nanoFramework.TestFramework;

namespace ImpedanceMeter.Core.Tests.Protocol
{
    /// <summary>Helpers that check and strip the checksum of meter lines.</summary>
    public static class Lines
    {
        /// <summary>The body of a line, asserting its checksum is valid.</summary>
        public static string Body(string line)
        {
            byte[] bytes = Bytes(line);
            int body = LineChecksum.Verify(bytes, bytes.Length);
            Assert.IsTrue(body >= 0, "bad checksum on <" + line + ">");
            return line.Substring(0, body);
        }

        /// <summary>Bodies of every line, asserting every checksum.</summary>
        public static string[] Bodies(string[] lines)
        {
            string[] bodies = new string[lines.Length];
            for (int i = 0; i < lines.Length; i++)
            {
                bodies[i] = Body(lines[i]);
            }

            return bodies;
        }

        public static byte[] Bytes(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }
    }
}
