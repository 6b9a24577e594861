namespace ImpedanceMeter.Core.Ui
{
    /// <summary>
    /// Builds constant tables from string literals at type initialisation. A literal array
    /// initialiser (<c>new byte[] { … }</c>) compiles to a hidden
    /// &lt;PrivateImplementationDetails&gt; type that the host-side API guard cannot pass;
    /// a string literal lives in the assembly's string table (read from flash on the device),
    /// so only the decoded array takes heap.
    /// </summary>
    public static class TableText
    {
        /// <summary>Decodes hexadecimal digit pairs ("005F00") into bytes; other characters (spaces, commas) are skipped.</summary>
        public static byte[] Bytes(string hex)
        {
            int digits = 0;
            for (int i = 0; i < hex.Length; i++)
            {
                if (HexValue(hex[i]) >= 0)
                {
                    digits++;
                }
            }

            byte[] result = new byte[digits / 2];
            int n = 0;
            int high = -1;
            for (int i = 0; i < hex.Length; i++)
            {
                int v = HexValue(hex[i]);
                if (v < 0)
                {
                    continue;
                }

                if (high < 0)
                {
                    high = v;
                }
                else
                {
                    result[n++] = (byte)((high << 4) | v);
                    high = -1;
                }
            }

            return result;
        }

        /// <summary>Parses comma-separated non-negative decimal integers ("20,25,31").</summary>
        public static int[] Ints(string csv)
        {
            int count = 1;
            for (int i = 0; i < csv.Length; i++)
            {
                if (csv[i] == ',')
                {
                    count++;
                }
            }

            int[] result = new int[count];
            int n = 0;
            for (int i = 0; i < csv.Length; i++)
            {
                char c = csv[i];
                if (c == ',')
                {
                    n++;
                }
                else if (c >= '0' && c <= '9')
                {
                    result[n] = (result[n] * 10) + (c - '0');
                }
            }

            return result;
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        }
    }
}
