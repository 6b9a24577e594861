namespace ImpedanceMeter.Host.Tests.Guard;

/// <summary>
/// The nanoFramework public API as listed in NanoFrameworkApi/*.txt (one member per line, see
/// its README), reduced to comparable keys: "Type" for types and
/// "Type::Name(paramType, …)" / "Type::Name{get}" / "Type::Name" (fields) for members.
/// Parameter names and default values are dropped; ref/out/in collapse to "ref".
/// </summary>
public sealed class ApiListing
{
    private readonly HashSet<string> _types = new(StringComparer.Ordinal);
    private readonly HashSet<string> _members = new(StringComparer.Ordinal);

    public static ApiListing Load(params string[] files)
    {
        var listing = new ApiListing();
        foreach (var file in files)
        {
            foreach (var raw in File.ReadLines(file))
            {
                listing.AddLine(raw.Trim());
            }
        }

        return listing;
    }

    /// <summary>The listing files shipped with the tests (all packages, or the named ones).</summary>
    public static ApiListing LoadShipped(params string[] packageNames)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "NanoFrameworkApi");
        var files = packageNames.Length == 0
            ? Directory.GetFiles(dir, "*.txt")
            : packageNames.Select(p => Path.Combine(dir, p + ".txt")).ToArray();
        return Load(files);
    }

    public bool HasType(string type) => _types.Contains(type);

    public bool HasMember(string key) => _members.Contains(key);

    public int MemberCount => _members.Count;

    private void AddLine(string line)
    {
        if (line.Length == 0 || line.StartsWith('#'))
        {
            return;
        }

        int sep = line.IndexOf("::", StringComparison.Ordinal);
        if (sep < 0)
        {
            int bar = line.IndexOf(" | ", StringComparison.Ordinal);
            if (bar > 0)
            {
                _types.Add(line[..bar]);
            }

            return;
        }

        string type = line[..sep];
        string rest = line[(sep + 2)..];
        _types.Add(type);

        // Enum value: "Name = 3"
        int eq = rest.IndexOf(" = ", StringComparison.Ordinal);
        int paren = rest.IndexOf('(');
        int brace = rest.IndexOf(" {", StringComparison.Ordinal);
        int bracket = rest.IndexOf('[');
        if (brace > 0 && (paren < 0 || brace < paren))
        {
            // Property or indexer: "Name { get; set; } : type" or "Item[int] { get; }"
            string name = rest[..brace];
            string accessors = rest[(brace + 2)..rest.IndexOf('}', brace)];
            string indexArgs = string.Empty;
            if (bracket > 0 && bracket < brace)
            {
                indexArgs = NormaliseParameters(name[(bracket + 1)..name.IndexOf(']')]);
                name = name[..bracket];
            }

            foreach (var acc in accessors.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                _members.Add(type + "::" + name + "{" + acc + "}(" + indexArgs + ")");
            }

            return;
        }

        if (paren > 0 && (eq < 0 || paren < eq))
        {
            string name = rest[..paren];
            int close = MatchingParen(rest, paren);
            _members.Add(type + "::" + name + "(" + NormaliseParameters(rest[(paren + 1)..close]) + ")");
            return;
        }

        // Field ("Name : type [field …]") or enum value ("Name = 3").
        int end = rest.IndexOfAny(new[] { ' ', ':' });
        _members.Add(type + "::" + (end > 0 ? rest[..end] : rest));
    }

    private static int MatchingParen(string s, int open)
    {
        int depth = 0;
        for (int i = open; i < s.Length; i++)
        {
            if (s[i] == '(')
            {
                depth++;
            }
            else if (s[i] == ')' && --depth == 0)
            {
                return i;
            }
        }

        return s.Length - 1;
    }

    /// <summary>"int a, string b = null" → "int,string"; "ref int x" → "ref int".</summary>
    public static string NormaliseParameters(string parameters)
    {
        if (string.IsNullOrWhiteSpace(parameters))
        {
            return string.Empty;
        }

        var types = new List<string>();
        foreach (var part in SplitTopLevel(parameters))
        {
            string p = part.Trim();
            int eq = p.IndexOf(" = ", StringComparison.Ordinal);
            if (eq > 0)
            {
                p = p[..eq];
            }

            var words = p.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (words.Count > 1)
            {
                words.RemoveAt(words.Count - 1); // parameter name
            }

            words.RemoveAll(w => w == "params" || w == "this");
            for (int i = 0; i < words.Count; i++)
            {
                if (words[i] == "out" || words[i] == "in")
                {
                    words[i] = "ref";
                }
            }

            types.Add(string.Join(' ', words));
        }

        return string.Join(",", types);
    }

    private static IEnumerable<string> SplitTopLevel(string s)
    {
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '<' || c == '[' || c == '(')
            {
                depth++;
            }
            else if (c == '>' || c == ']' || c == ')')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                yield return s[start..i];
                start = i + 1;
            }
        }

        yield return s[start..];
    }
}
