using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ImpedanceMeter.Host.Tests.Firmware;

/// <summary>
/// Turns the nanoFramework API listing (NanoFrameworkApi/*.txt) into compilable C# stubs: one
/// declaration per listed type and member, bodies that throw. Types the host framework already
/// has (System.IO.File, System.Math …) are not stubbed: code binds to the host's version and the
/// guard then checks each member it uses against the listing. Generic types and members,
/// finalizers and explicit interface members are skipped (device code may not use them anyway).
/// </summary>
public static class ListingStubGenerator
{
    private sealed class TypeModel
    {
        public string FullName = "";
        public string Kind = "";
        public string? Base;
        public readonly List<string> Members = new();
        public readonly List<TypeModel> Nested = new();
        public bool HasParameterlessCtor;
    }

    public static string Generate(IEnumerable<string> listingFiles, Func<string, bool> hostHasType, Func<string, bool> hostTypeIsConcreteClass)
    {
        var types = new Dictionary<string, TypeModel>(StringComparer.Ordinal);
        var memberLines = new List<(string Type, string Tail)>();
        foreach (var file in listingFiles)
        {
            foreach (var raw in File.ReadLines(file))
            {
                string line = raw.Trim();
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                int sep = line.IndexOf("::", StringComparison.Ordinal);
                if (sep < 0)
                {
                    int bar = line.IndexOf(" | ", StringComparison.Ordinal);
                    if (bar < 0 || line.Contains("[generic", StringComparison.Ordinal) || line.Contains('`'))
                    {
                        continue;
                    }

                    string name = line[..bar];
                    string rest = line[(bar + 3)..];
                    int colon = rest.IndexOf(" : ", StringComparison.Ordinal);
                    var model = new TypeModel { FullName = name, Kind = (colon < 0 ? rest : rest[..colon]).Trim() };
                    if (colon >= 0)
                    {
                        model.Base = rest[(colon + 3)..].Split(',')[0].Trim();
                    }

                    types[name] = model;
                }
                else
                {
                    memberLines.Add((line[..sep], line[(sep + 2)..]));
                }
            }
        }

        foreach (var (type, tail) in memberLines)
        {
            if (types.TryGetValue(type, out var model))
            {
                if (tail.StartsWith(".ctor()", StringComparison.Ordinal))
                {
                    model.HasParameterlessCtor = true;
                }

                model.Members.Add(tail);
            }
        }

        var roots = new List<TypeModel>();
        foreach (var model in types.Values.Where(t => !hostHasType(t.FullName.Replace('+', '.'))))
        {
            int plus = model.FullName.LastIndexOf('+');
            if (plus > 0 && types.TryGetValue(model.FullName[..plus], out var outer))
            {
                outer.Nested.Add(model);
            }
            else if (plus < 0)
            {
                roots.Add(model);
            }
        }

        var sb = new StringBuilder("#pragma warning disable\n");
        foreach (var group in roots.GroupBy(t => Namespace(t.FullName)))
        {
            sb.Append("namespace ").Append(group.Key).Append("\n{\n");
            foreach (var t in group)
            {
                EmitType(sb, t, types, hostHasType, hostTypeIsConcreteClass);
            }

            sb.Append("}\n");
        }

        return sb.ToString();
    }

    private static string Namespace(string fullName) => fullName[..fullName.LastIndexOf('.')];

    private static string ShortName(string fullName)
    {
        int plus = fullName.LastIndexOf('+');
        return plus >= 0 ? fullName[(plus + 1)..] : fullName[(fullName.LastIndexOf('.') + 1)..];
    }

    private static void EmitType(StringBuilder sb, TypeModel t, Dictionary<string, TypeModel> types, Func<string, bool> hostHasType, Func<string, bool> hostConcrete)
    {
        string name = ShortName(t.FullName);
        if (t.Kind == "enum")
        {
            var values = t.Members.Select(m => m.Split(" = ")).Where(p => p.Length == 2).ToList();
            bool wide = values.Any(v => !int.TryParse(v[1], out _));
            sb.Append("public enum ").Append(name).Append(wide ? " : long" : string.Empty).Append(" {");
            sb.Append(string.Join(", ", values.Select(v => Id(v[0]) + " = " + v[1])));
            sb.Append("}\n");
            return;
        }

        if (t.Kind == "delegate")
        {
            string? invoke = t.Members.FirstOrDefault(m => m.StartsWith("Invoke(", StringComparison.Ordinal));
            if (invoke != null)
            {
                var (_, parameters, ret, _) = SplitMethod(invoke);
                sb.Append("public delegate ").Append(Type(ret)).Append(' ').Append(name).Append('(').Append(Parameters(parameters)).Append(");\n");
            }

            return;
        }

        bool isInterface = t.Kind == "interface";
        bool isStruct = t.Kind == "struct";
        bool isStatic = t.Kind == "static class";
        string keyword = isInterface ? "interface" : isStruct ? "struct" : "class";
        string modifiers = isStatic ? "static " : t.Kind.StartsWith("abstract", StringComparison.Ordinal) ? "abstract " : string.Empty;
        sb.Append("public ").Append(modifiers).Append(keyword).Append(' ').Append(name);
        string? baseType = BaseOf(t, types, hostHasType, hostConcrete);
        if (baseType != null)
        {
            sb.Append(" : ").Append(Type(baseType));
        }

        sb.Append("\n{\n");
        if (!isInterface && !isStruct && !isStatic && !t.HasParameterlessCtor)
        {
            sb.Append("internal ").Append(name).Append("() { }\n");
        }

        foreach (var m in t.Members)
        {
            string? member = Member(m, name, isInterface, isStatic);
            if (member != null)
            {
                sb.Append(member).Append('\n');
            }
        }

        foreach (var nested in t.Nested)
        {
            EmitType(sb, nested, types, hostHasType, hostConcrete);
        }

        sb.Append("}\n");
    }

    private static string? BaseOf(TypeModel t, Dictionary<string, TypeModel> types, Func<string, bool> hostHasType, Func<string, bool> hostConcrete)
    {
        if (t.Base == null || t.Kind is "struct" or "interface" or "static class")
        {
            return null;
        }

        if (types.TryGetValue(t.Base, out var b))
        {
            return b.Kind.Contains("class", StringComparison.Ordinal) && !b.Kind.StartsWith("static", StringComparison.Ordinal) && !hostHasType(t.Base.Replace('+', '.')) ? t.Base : null;
        }

        return hostHasType(t.Base) && hostConcrete(t.Base) ? t.Base : null;
    }

    private static string? Member(string m, string typeName, bool inInterface, bool inStatic)
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

    private static (string Name, string Parameters, string Return, string Mods) SplitMethod(string m)
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

    private static string Parameters(string parameters)
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

    private static string Type(string type)
    {
        type = type.Trim();
        if (type.StartsWith("ref ", StringComparison.Ordinal))
        {
            return "ref " + Type(type[4..]);
        }

        return type.Contains('.') ? "global::" + type.Replace('+', '.') : type;
    }

    private static string Id(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

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
