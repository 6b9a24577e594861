using System.Globalization;

namespace ImpedanceMeter.Cli.Verdict;

/// <summary>
/// Reads impedance curves from .zma files (Hz, Ω, degrees; '*' comments; headerless), REW text
/// exports ('*' header lines) and CSV. Tolerant about layout: delimiters may be commas,
/// semicolons, tabs or runs of spaces; blank lines and lines starting with '*' or '#' are
/// skipped; one column-title line is allowed before the data; a missing phase column means 0°.
/// Strict about numbers: every data line needs 2 or 3 finite invariant-culture numbers with
/// f &gt; 0, |Z| &gt; 0, |phase| ≤ 90°, frequencies strictly increasing. The first problem
/// throws <see cref="ImpedanceFileException"/> with its line number; nothing is returned then.
/// </summary>
public static class ImpedanceFileParser
{
    /// <summary>Longest accepted line, characters.</summary>
    public const int MaxLineLength = 1024;

    /// <summary>Most data lines accepted (a dense linear-frequency export has ~65 k).</summary>
    public const int MaxDataLines = 200_000;

    /// <summary>Largest frequency accepted, Hz, and largest |Z|, Ω.</summary>
    public const double MaxHertz = 1e6, MaxOhms = 1e6;

    private static readonly char[] Delimiters = { ',', ';', '\t', ' ' };

    /// <summary>Parses a file; I/O problems surface as ImpedanceFileException (line 0).</summary>
    public static ImpedanceCurve ParseFile(string path)
    {
        try
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            return Parse(reader);
        }
        catch (IOException e)
        {
            throw new ImpedanceFileException(0, "cannot read file: " + e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ImpedanceFileException(0, "cannot read file: " + e.Message);
        }
    }

    /// <summary>Parses text.</summary>
    public static ImpedanceCurve ParseText(string text) => Parse(new StringReader(text));

    /// <summary>Parses from a reader, line by line.</summary>
    public static ImpedanceCurve Parse(TextReader reader)
    {
        var hz = new List<double>();
        var ohm = new List<double>();
        var deg = new List<double>();
        int columns = 0;
        bool headerSeen = false;
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (line.Length > MaxLineLength)
            {
                throw new ImpedanceFileException(lineNumber, "line longer than " + MaxLineLength + " characters");
            }

            string trimmed = line.Trim().TrimStart('\uFEFF');
            if (trimmed.Length == 0 || trimmed[0] == '*' || trimmed[0] == '#')
            {
                continue;
            }

            string[] tokens = trimmed.Split(Delimiters, StringSplitOptions.RemoveEmptyEntries);
            if (hz.Count == 0 && !headerSeen && tokens.Length > 0 && !LooksNumeric(tokens[0]))
            {
                headerSeen = true; // a column-title line such as "Freq(Hz),Z(ohm),Phase(deg)"
                continue;
            }

            if (tokens.Length < 2 || tokens.Length > 3)
            {
                throw new ImpedanceFileException(lineNumber, "expected 2 or 3 numbers (Hz, ohm[, degrees]), found " + tokens.Length + " fields");
            }

            if (columns == 0)
            {
                columns = tokens.Length;
            }
            else if (tokens.Length != columns)
            {
                throw new ImpedanceFileException(lineNumber, "expected " + columns + " numbers like the lines before, found " + tokens.Length);
            }

            double f = Number(tokens[0], "frequency", lineNumber);
            double z = Number(tokens[1], "|Z|", lineNumber);
            double p = tokens.Length == 3 ? Number(tokens[2], "phase", lineNumber) : 0;
            if (f <= 0 || f > MaxHertz)
            {
                throw new ImpedanceFileException(lineNumber, "frequency must be > 0 and <= 1 MHz, got " + tokens[0]);
            }

            if (z <= 0 || z > MaxOhms)
            {
                throw new ImpedanceFileException(lineNumber, "|Z| must be > 0 and <= 1 MOhm, got " + tokens[1]);
            }

            if (p < -90 || p > 90)
            {
                throw new ImpedanceFileException(lineNumber, "phase must be within -90..90 degrees, got " + tokens[2]);
            }

            if (hz.Count > 0 && f <= hz[^1])
            {
                throw new ImpedanceFileException(lineNumber, f == hz[^1] ? "duplicate frequency " + tokens[0] : "frequencies not increasing (" + tokens[0] + " Hz after " + hz[^1].ToString(CultureInfo.InvariantCulture) + " Hz)");
            }

            if (hz.Count >= MaxDataLines)
            {
                throw new ImpedanceFileException(lineNumber, "more than " + MaxDataLines + " data lines");
            }

            hz.Add(f);
            ohm.Add(z);
            deg.Add(p);
        }

        if (hz.Count < 2)
        {
            // Reported at the last line read (line 1 for an empty file): where the data ran out.
            int at = Math.Max(lineNumber, 1);
            throw new ImpedanceFileException(at, hz.Count == 0 ? (lineNumber == 0 ? "empty file, no data lines" : "no data lines before the end of the file") : "only one data line before the end of the file; a curve needs at least 2");
        }

        return new ImpedanceCurve(hz.ToArray(), ohm.ToArray(), deg.ToArray(), columns == 2);
    }

    private static bool LooksNumeric(string token) => token.Length > 0 && (char.IsAsciiDigit(token[0]) || token[0] is '+' or '-' or '.');

    private static double Number(string token, string what, int line)
    {
        bool plain = token.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or '.' or 'e' or 'E');
        if (!plain || !double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            throw new ImpedanceFileException(line, what + " is not a number: '" + Shorten(token) + "'");
        }

        return value;
    }

    private static string Shorten(string token)
    {
        string clean = new(token.Select(c => c < ' ' || c > '~' ? '?' : c).ToArray());
        return clean.Length > 24 ? clean[..24] + "…" : clean;
    }
}
