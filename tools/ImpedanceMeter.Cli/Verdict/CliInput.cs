using System.CommandLine;
using System.Globalization;

namespace ImpedanceMeter.Cli.Verdict;

/// <summary>
/// Strict command-line input for `predict` and `iem`: numbers and required values are read as
/// text and checked here, so every bad input ends as one line "imeter &lt;command&gt;: reason"
/// (System.CommandLine's own parse errors print the whole help instead).
/// </summary>
public static class CliInput
{
    /// <summary>A finite invariant-culture number, null when the option is absent; ArgumentException otherwise.</summary>
    public static double? Number(string? text, string option)
    {
        if (text == null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            throw new ArgumentException(option + " needs a number, got '" + text + "'");
        }

        return value;
    }

    /// <summary>The value, or ArgumentException "option is required".</summary>
    public static T Required<T>(T? value, string what)
        where T : class
    {
        return value ?? throw new ArgumentException(what + " is required");
    }

    /// <summary>ArgumentException naming the first token the command did not recognise, if any.</summary>
    public static void RejectUnmatched(ParseResult parseResult)
    {
        if (parseResult.UnmatchedTokens.Count > 0)
        {
            throw new ArgumentException("unexpected argument '" + parseResult.UnmatchedTokens[0] + "' (see --help)");
        }
    }
}
