using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ImpedanceMeter.Host.Tests.Firmware;

/// <summary>
/// One line of the nanoFramework API listing (a member, with its signature and modifiers) as one C# stub declaration
/// for <see cref="ListingStubGenerator"/>: methods, constructors, operators, properties, indexers, events and fields,
/// bodies that throw; null for what the stubs skip (generic members, finalizers).
/// </summary>
internal static class ListingMemberSyntax
{
    /// <summary>The declaration for listing line <paramref name="m"/> in type <paramref name="typeName"/>, or null when it is skipped.</summary>
    internal static string? Member(string m, string typeName, bool inInterface, bool inStatic)
    {
        if (m.Contains('`') || m.Contains('<') || m.StartsWith("Finalize(", StringComparison.Ordinal))
        {
            return null;
        }

        string mods = m.EndsWith(']') && m.LastIndexOf(" [", StringComparison.Ordinal) > 0 ? m[(m.LastIndexOf(" [", StringComparison.Ordinal) + 2)..^1] : string.Empty;
        bool isStatic = mods.Split(' ').Contains("static") || mods.Contains("const=", StringComparison.Ordinal) || inStatic;
        string stat = isStatic && !inInterface ? "static " : string.Empty;
        string pub = inInterface ? string.Empty : "public ";
        int paren = m.IndexOf('(');
        int brace = m.IndexOf(" {", StringComparison.Ordinal);
        if (brace > 0 && (paren < 0 || brace < paren))
        {
            string head = m[..brace];
            string accessors = m[(brace + 2)..m.IndexOf('}', brace)];
            string type = Type(m[(m.IndexOf("} : ", StringComparison.Ordinal) + 4)..].Split(" [")[0]);
            var body = new StringBuilder();
            foreach (var written in accessors.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                string acc = written.Split(' ')[^1];
                body.Append(inInterface ? acc + "; " : acc == "get" ? "get { throw null; } " : acc + " { } ");
            }

            int bracket = head.IndexOf('[');
            if (bracket > 0)
            {
                string args = head[(bracket + 1)..head.IndexOf(']')];
                int i = 0;
                string indexParams = string.Join(", ", args.Split(',').Select(a => Type(a.Trim()) + " i" + i++));
                return pub + type + " this[" + indexParams + "] { " + body + "}";
            }

            return pub + stat + type + " " + Id(head) + " { " + body + "}";
        }

        if (paren > 0)
        {
            var (name, parameters, ret, _) = SplitMethod(m);
            if (name.Contains('.'))
            {
                return name == ".ctor" && !inInterface && !inStatic ? (isStatic ? null : "public " + typeName + "(" + Parameters(parameters) + ") { }") : null;
            }

            if (name.StartsWith("op_", StringComparison.Ordinal))
            {
                string? op = Operator(name);
                if (op == null)
                {
                    return null;
                }

                return name is "op_Implicit" or "op_Explicit"
                    ? "public static " + op + " operator " + Type(ret) + "(" + Parameters(parameters) + ") { throw null; }"
                    : "public static " + Type(ret) + " operator " + op + "(" + Parameters(parameters) + ") { throw null; }";
            }

            string bodyText = inInterface ? ";" : ret == "void" ? " { }" : " { throw null; }";
            return pub + stat + Type(ret) + " " + Id(name) + "(" + Parameters(parameters) + ")" + bodyText;
        }

        int colon = m.IndexOf(" : ", StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        string fieldName = m[..colon];
        string fieldType = Type(m[(colon + 3)..].Split(" [")[0]);
        if (mods.Contains("event", StringComparison.Ordinal))
        {
            return pub + stat + "event " + fieldType + " " + Id(fieldName) + ";";
        }

        return inInterface ? null : "public " + stat + (mods.Contains("const=", StringComparison.Ordinal) ? "readonly " : string.Empty) + fieldType + " " + Id(fieldName) + ";";
    }

    /// <summary>A listed method line split into its name, parameter list, return type and trailing modifiers.</summary>
    internal static (string Name, string Parameters, string Return, string Mods) SplitMethod(string m)
    {
        int paren = m.IndexOf('(');
        int depth = 0;
        int close = paren;
        for (int i = paren; i < m.Length; i++)
        {
            if (m[i] == '(')
            {
                depth++;
            }
            else if (m[i] == ')' && --depth == 0)
            {
                close = i;
                break;
            }
        }

        string after = m[(close + 1)..];
        string ret = after.StartsWith(" : ", StringComparison.Ordinal) ? after[3..].Split(" [")[0] : "void";
        return (m[..paren], m[(paren + 1)..close], ret, after);
    }

    /// <summary>A listed parameter list as C# parameters (ref/out/params, defaults, keyword names escaped).</summary>
    internal static string Parameters(string parameters)
    {
        if (string.IsNullOrWhiteSpace(parameters))
        {
            return string.Empty;
        }

        var result = new List<string>();
        foreach (var part in parameters.Split(", "))
        {
            string p = part.Trim();
            string defaultValue = string.Empty;
            int eq = p.IndexOf(" = ", StringComparison.Ordinal);
            if (eq > 0)
            {
                defaultValue = p[(eq + 3)..];
                p = p[..eq];
            }

            var words = p.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            string pname = words[^1];
            words.RemoveAt(words.Count - 1);
            string type = words[^1];
            words.RemoveAt(words.Count - 1);
            string prefix = words.Count > 0 ? string.Join(' ', words) + " " : string.Empty;
            string text = prefix + Type(type) + " " + Id(pname);
            if (defaultValue.Length > 0)
            {
                bool custom = type.Contains('.') && defaultValue != "null";
                text += " = " + (custom ? "(" + Type(type) + ")(" + defaultValue + ")" : defaultValue);
            }

            result.Add(text);
        }

        return string.Join(", ", result);
    }

    /// <summary>A listed type name as C#: qualified names global::, nested '+' as '.', a leading "ref " kept.</summary>
    internal static string Type(string type)
    {
        type = type.Trim();
        if (type.StartsWith("ref ", StringComparison.Ordinal))
        {
            return "ref " + Type(type[4..]);
        }

        return type.Contains('.') ? "global::" + type.Replace('+', '.') : type;
    }

    /// <summary>An identifier, escaped with @ when it is a C# keyword.</summary>
    internal static string Id(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    private static string? Operator(string name) => name switch
    {
        "op_Implicit" => "implicit",
        "op_Explicit" => "explicit",
        "op_Equality" => "==",
        "op_Inequality" => "!=",
        "op_Addition" => "+",
        "op_Subtraction" => "-",
        "op_Multiply" => "*",
        "op_Division" => "/",
        "op_LessThan" => "<",
        "op_GreaterThan" => ">",
        "op_LessThanOrEqual" => "<=",
        "op_GreaterThanOrEqual" => ">=",
        "op_UnaryNegation" => "-",
        _ => null,
    };
}
