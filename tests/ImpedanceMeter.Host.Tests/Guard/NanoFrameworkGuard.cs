using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ImpedanceMeter.Host.Tests.Guard;

/// <summary>
/// Checks a compiled assembly (the host build of device code) against the nanoFramework API
/// listing: every type and member it references in other assemblies must be listed, and it may
/// neither define nor use generics (the released 1.x runtime runs no generic code), nor use
/// multi-dimensional arrays. Returns one line per violation.
/// </summary>
public static class NanoFrameworkGuard
{
    /// <summary>
    /// Attributes the C# compiler and the .NET SDK put on every assembly. They are not part of the
    /// code that runs: the nanoFramework build emits its own assembly attributes from the .nfproj.
    /// </summary>
    private static readonly HashSet<string> HostAssemblyAttributes = new(StringComparer.Ordinal)
    {
        "System.Runtime.CompilerServices.CompilationRelaxationsAttribute",
        "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute",
        "System.Diagnostics.DebuggableAttribute",
        "System.Runtime.Versioning.TargetFrameworkAttribute",
        "System.Reflection.AssemblyCompanyAttribute",
        "System.Reflection.AssemblyConfigurationAttribute",
        "System.Reflection.AssemblyFileVersionAttribute",
        "System.Reflection.AssemblyInformationalVersionAttribute",
        "System.Reflection.AssemblyProductAttribute",
        "System.Reflection.AssemblyTitleAttribute",
        // Emitted on the module whenever the target corlib has RuntimeFeature.ByRefFields
        // (net7+), whatever the language version; the nanoFramework mscorlib lacks it.
        "System.Runtime.CompilerServices.RefSafetyRulesAttribute",
    };

    public static List<string> Check(string assemblyPath, ApiListing listing)
    {
        using var stream = File.OpenRead(assemblyPath);
        return Check(stream, listing);
    }

    public static List<string> Check(Stream assembly, ApiListing listing)
    {
        using var pe = new PEReader(assembly);
        var reader = pe.GetMetadataReader();
        var names = new SignatureNames(reader);
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        var assemblyAttributeCtors = AssemblyAttributeConstructors(reader, names);
        bool compilerGeneratedOnlyOnHelpers = AddCompilerGeneratedHelperMarks(reader, names, assemblyAttributeCtors);

        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            string typeName = names.TypeName(typeHandle);
            if (type.GetGenericParameters().Count > 0)
            {
                violations.Add("generic type definition: " + typeName);
            }

            if (!type.BaseType.IsNil)
            {
                RejectGeneric(names.TypeName(type.BaseType), "base type of " + typeName, violations);
            }

            foreach (var ih in type.GetInterfaceImplementations())
            {
                RejectGeneric(names.TypeName(reader.GetInterfaceImplementation(ih).Interface), "interface of " + typeName, violations);
            }

            foreach (var fh in type.GetFields())
            {
                var field = reader.GetFieldDefinition(fh);
                RejectGeneric(field.DecodeSignature(names, null), "field " + typeName + "." + reader.GetString(field.Name), violations);
            }

            foreach (var mh in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(mh);
                string where = typeName + "." + reader.GetString(method.Name);
                if (method.GetGenericParameters().Count > 0)
                {
                    violations.Add("generic method definition: " + where);
                }

                var sig = method.DecodeSignature(names, null);
                RejectGeneric(sig.ReturnType, "return of " + where, violations);
                foreach (var p in sig.ParameterTypes)
                {
                    RejectGeneric(p, "parameter of " + where, violations);
                }
            }
        }

        foreach (var sigHandle in Enumerable.Range(1, reader.GetTableRowCount(TableIndex.StandAloneSig)).Select(i => MetadataTokens.StandaloneSignatureHandle(i)))
        {
            var sig = reader.GetStandaloneSignature(sigHandle);
            if (sig.GetKind() == StandaloneSignatureKind.LocalVariables)
            {
                foreach (var local in sig.DecodeLocalSignature(names, null))
                {
                    RejectGeneric(local, "local variable", violations);
                }
            }
        }

        if (reader.GetTableRowCount(TableIndex.MethodSpec) > 0)
        {
            foreach (var i in Enumerable.Range(1, reader.GetTableRowCount(TableIndex.MethodSpec)))
            {
                var spec = reader.GetMethodSpecification(MetadataTokens.MethodSpecificationHandle(i));
                violations.Add("generic method instantiation: " + MemberName(reader, names, spec.Method));
            }
        }

        foreach (var i in Enumerable.Range(1, reader.GetTableRowCount(TableIndex.TypeSpec)))
        {
            var spec = MetadataTokens.TypeSpecificationHandle(i);
            string name = names.TypeName(spec);
            RejectGeneric(name, "type specification", violations);
            if (name.Contains(",]", StringComparison.Ordinal))
            {
                violations.Add("multi-dimensional array: " + name);
            }
        }

        foreach (var trh in reader.TypeReferences)
        {
            var tr = reader.GetTypeReference(trh);
            if (tr.ResolutionScope.Kind is HandleKind.AssemblyReference or HandleKind.TypeReference)
            {
                string name = names.TypeName(trh);
                bool exempt = HostAssemblyAttributes.Contains(name) || (name == CompilerGenerated && compilerGeneratedOnlyOnHelpers);
                if (!listing.HasType(name) && !exempt)
                {
                    violations.Add("type not on the device: " + name);
                }
            }
        }

        foreach (var mrh in reader.MemberReferences)
        {
            if (assemblyAttributeCtors.Contains(mrh))
            {
                continue;
            }

            var mr = reader.GetMemberReference(mrh);
            if (mr.Parent.Kind == HandleKind.TypeSpecification)
            {
                string parent = names.TypeName(mr.Parent);
                RejectGeneric(parent, "member of", violations);
                if (parent.Contains(",]", StringComparison.Ordinal))
                {
                    violations.Add("multi-dimensional array: " + parent);
                }

                continue;
            }

            if (mr.Parent.Kind != HandleKind.TypeReference)
            {
                continue;
            }

            string key = MemberKey(reader, names, mr);
            if (key.Contains(SignatureNames.GenericMarker, StringComparison.Ordinal))
            {
                violations.Add("generic type in signature: " + key);
            }
            else if (!listing.HasMember(key))
            {
                violations.Add("member not on the device: " + key);
            }
        }

        return violations.ToList();
    }

    private static void RejectGeneric(string typeName, string where, SortedSet<string> violations)
    {
        if (typeName.Contains(SignatureNames.GenericMarker, StringComparison.Ordinal))
        {
            violations.Add("generic type used (" + where + "): " + typeName.Replace(SignatureNames.GenericMarker, string.Empty, StringComparison.Ordinal));
        }
    }

    /// <summary>Listing key of a member reference: properties become Name{get}(index args).</summary>
    public static string MemberKey(MetadataReader reader, SignatureNames names, MemberReference mr)
    {
        string type = names.TypeName(mr.Parent);
        string name = reader.GetString(mr.Name);
        if (mr.GetKind() == MemberReferenceKind.Field)
        {
            return type + "::" + name;
        }

        var sig = mr.DecodeMethodSignature(names, null);
        var parameters = sig.ParameterTypes.ToList();
        if (name.StartsWith("get_", StringComparison.Ordinal))
        {
            return type + "::" + name[4..] + "{get}(" + string.Join(",", parameters) + ")";
        }

        if (name.StartsWith("set_", StringComparison.Ordinal) && parameters.Count > 0)
        {
            parameters.RemoveAt(parameters.Count - 1);
            return type + "::" + name[4..] + "{set}(" + string.Join(",", parameters) + ")";
        }

        return type + "::" + name + "(" + string.Join(",", parameters) + ")";
    }

    private static string MemberName(MetadataReader reader, SignatureNames names, EntityHandle method)
    {
        if (method.Kind == HandleKind.MemberReference)
        {
            return MemberKey(reader, names, reader.GetMemberReference((MemberReferenceHandle)method));
        }

        var def = reader.GetMethodDefinition((MethodDefinitionHandle)method);
        return names.TypeName(def.GetDeclaringType()) + "::" + reader.GetString(def.Name);
    }

    private const string CompilerGenerated = "System.Runtime.CompilerServices.CompilerGeneratedAttribute";

    /// <summary>
    /// Roslyn marks its own helper types (e.g. &lt;PrivateImplementationDetails&gt; behind array
    /// initialisers) with [CompilerGenerated] only when the corlib defines the attribute; the
    /// nanoFramework mscorlib does not, so the device build simply omits it. Exempts those uses
    /// (on entities whose name starts with '&lt;'); a use on ordinary code still counts.
    /// Returns true when every use of the attribute was such a helper mark.
    /// </summary>
    private static bool AddCompilerGeneratedHelperMarks(MetadataReader reader, SignatureNames names, HashSet<MemberReferenceHandle> exempt)
    {
        bool onlyHelpers = true;
        foreach (var ah in reader.CustomAttributes)
        {
            var attribute = reader.GetCustomAttribute(ah);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            var ctor = (MemberReferenceHandle)attribute.Constructor;
            if (names.TypeName(reader.GetMemberReference(ctor).Parent) != CompilerGenerated)
            {
                continue;
            }

            string target = attribute.Parent.Kind switch
            {
                HandleKind.TypeDefinition => reader.GetString(reader.GetTypeDefinition((TypeDefinitionHandle)attribute.Parent).Name),
                HandleKind.MethodDefinition => reader.GetString(reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Parent).Name),
                HandleKind.FieldDefinition => reader.GetString(reader.GetFieldDefinition((FieldDefinitionHandle)attribute.Parent).Name),
                _ => string.Empty,
            };
            if (target.StartsWith('<'))
            {
                exempt.Add(ctor);
            }
            else
            {
                onlyHelpers = false;
            }
        }

        return onlyHelpers;
    }

    private static HashSet<MemberReferenceHandle> AssemblyAttributeConstructors(MetadataReader reader, SignatureNames names)
    {
        var result = new HashSet<MemberReferenceHandle>();
        var attributes = reader.GetAssemblyDefinition().GetCustomAttributes().Concat(reader.GetModuleDefinition().GetCustomAttributes());
        foreach (var ah in attributes)
        {
            var ctor = reader.GetCustomAttribute(ah).Constructor;
            if (ctor.Kind == HandleKind.MemberReference)
            {
                var mr = reader.GetMemberReference((MemberReferenceHandle)ctor);
                if (HostAssemblyAttributes.Contains(names.TypeName(mr.Parent)))
                {
                    result.Add((MemberReferenceHandle)ctor);
                }
            }
        }

        return result;
    }
}
