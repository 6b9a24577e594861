using System.Text;

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
            sb.Append(string.Join(", ", values.Select(v => ListingMemberSyntax.Id(v[0]) + " = " + v[1])));
            sb.Append("}\n");
            return;
        }

        if (t.Kind == "delegate")
        {
            string? invoke = t.Members.FirstOrDefault(m => m.StartsWith("Invoke(", StringComparison.Ordinal));
            if (invoke != null)
            {
                var (_, parameters, ret, _) = ListingMemberSyntax.SplitMethod(invoke);
                sb.Append("public delegate ").Append(ListingMemberSyntax.Type(ret)).Append(' ').Append(name).Append('(').Append(ListingMemberSyntax.Parameters(parameters)).Append(");\n");
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
            sb.Append(" : ").Append(ListingMemberSyntax.Type(baseType));
        }

        sb.Append("\n{\n");
        if (!isInterface && !isStruct && !isStatic && !t.HasParameterlessCtor)
        {
            sb.Append("internal ").Append(name).Append("() { }\n");
        }

        foreach (var m in t.Members)
        {
            string? member = ListingMemberSyntax.Member(m, name, isInterface, isStatic);
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
}
