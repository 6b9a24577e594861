namespace ImpedanceMeter.Core.Text
{
    /// <summary>
    /// Decimal text for scaled integers, without floating point: a value held in micro-units
    /// (µΩ, mHz …) printed with a chosen number of decimals, and parsed back. Used by the UI, the
    /// serial protocol and IEM text records so they all print the same digits.
    /// </summary>
    public static class FixedFormat
    {
        /// <summary>
        /// Formats <paramref name="value"/>·10^-<paramref name="scaleDigits"/> with
        /// <paramref name="decimals"/> decimals, rounding half away from zero.
        /// Example: Format(512345, 6, 3) = "0.512" (µΩ → Ω).
        /// </summary>
        public static string Format(long value, int scaleDigits, int decimals)
        {
            bool negative = value < 0;
            ulong magnitude = negative ? (ulong)(-(value + 1)) + 1 : (ulong)value;
            int drop = scaleDigits - decimals;
            if (drop > 0)
            {
                ulong divisor = Pow10(drop);
                magnitude = (magnitude + (divisor / 2)) / divisor;
            }
            else if (drop < 0)
            {
                magnitude *= Pow10(-drop);
            }

            string digits = magnitude.ToString();
            if (decimals > 0)
            {
                while (digits.Length <= decimals)
                {
                    digits = "0" + digits;
                }

                digits = digits.Substring(0, digits.Length - decimals) + "." + digits.Substring(digits.Length - decimals);
            }

            return negative && magnitude != 0 ? "-" + digits : digits;
        }

        /// <summary>
        /// Parses a plain decimal ("12", "-0.5", "3.25") into value·10^<paramref name="scaleDigits"/>,
        /// rounding extra decimals half away from zero. Returns false (and 0) on anything else:
        /// empty text, signs in the middle, exponents, more than 18 significant digits.
        /// </summary>
        public static bool TryParse(string text, int scaleDigits, out long value)
        {
            if (text == null)
            {
                value = 0;
                return false;
            }

            return TryParse(text, 0, text.Length, scaleDigits, out value);
        }

        /// <summary>
        /// As <see cref="TryParse(string, int, out long)"/> on the characters [<paramref name="start"/>,
        /// <paramref name="end"/>) of <paramref name="text"/>, without copying them out.
        /// </summary>
        public static bool TryParse(string text, int start, int end, int scaleDigits, out long value)
        {
            value = 0;
            if (text == null || end <= start)
            {
                return false;
            }

            int i = start;
            bool negative = false;
            if (text[start] == '-' || text[start] == '+')
            {
                negative = text[start] == '-';
                i = start + 1;
            }

            long whole = 0;
            int digitsSeen = 0;
            int fractionDigits = 0;
            bool seenPoint = false;
            int roundDigit = -1;
            for (; i < end; i++)
            {
                char c = text[i];
                if (c == '.' && !seenPoint)
                {
                    seenPoint = true;
                    continue;
                }

                if (c < '0' || c > '9')
                {
                    return false;
                }

                digitsSeen++;
                if (seenPoint && fractionDigits == scaleDigits)
                {
                    if (roundDigit < 0)
                    {
                        roundDigit = c - '0';
                    }

                    continue;
                }

                if (whole > 99999999999999999L)
                {
                    return false;
                }

                whole = (whole * 10) + (c - '0');
                if (seenPoint)
                {
                    fractionDigits++;
                }
            }

            if (digitsSeen == 0)
            {
                return false;
            }

            for (; fractionDigits < scaleDigits; fractionDigits++)
            {
                if (whole > 99999999999999999L)
                {
                    return false;
                }

                whole *= 10;
            }

            if (roundDigit >= 5)
            {
                whole++;
            }

            value = negative ? -whole : whole;
            return true;
        }

        private static ulong Pow10(int n)
        {
            ulong p = 1;
            for (int i = 0; i < n; i++)
            {
                p *= 10;
            }

            return p;
        }
    }
}
