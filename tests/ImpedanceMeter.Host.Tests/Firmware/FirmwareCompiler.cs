using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ImpedanceMeter.Host.Tests.Firmware;

/// <summary>
/// Compiles firmware/ImpedanceMeter/*.cs (C# 10) against the host core build and stubs of the
/// nanoFramework packages generated from the API listing, so a member the listing lacks does
/// not compile, and a host-framework member the device lacks is caught by the guard.
/// </summary>
public static class FirmwareCompiler
{
    public static IReadOnlyList<MetadataReference> HostReferences { get; } = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
        .ToList();

    public static string FirmwareDirectory => RepoPaths.Combine("firmware", "ImpedanceMeter");

    /// <summary>Stub source for every listing file except mscorlib (the host corlib stands in, checked member by member).</summary>
    public static string StubSource()
    {
        var probe = CSharpCompilation.Create("Probe", references: HostReferences);
        bool Has(string name) => probe.GetTypeByMetadataName(name) != null;
        bool Concrete(string name)
        {
            var t = probe.GetTypeByMetadataName(name);
            return t != null && t.TypeKind == TypeKind.Class && !t.IsAbstract && !t.IsSealed && !t.IsStatic;
        }

        var dir = Path.Combine(AppContext.BaseDirectory, "NanoFrameworkApi");
        var files = Directory.GetFiles(dir, "*.txt").Where(f => !f.EndsWith("nanoFramework.TestFramework.txt", StringComparison.Ordinal) && !f.EndsWith("nanoFramework.UnitTestLauncher.txt", StringComparison.Ordinal));
        return ListingStubGenerator.Generate(files, Has, Concrete);
    }

    public static (MemoryStream? Image, List<string> Errors) Compile(string assemblyName, IEnumerable<SyntaxTree> trees, IEnumerable<MetadataReference> references)
    {
        var compilation = CSharpCompilation.Create(assemblyName, trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, warningLevel: 0));
        var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        if (!result.Success)
        {
            return (null, errors);
        }

        stream.Position = 0;
        return (stream, errors);
    }

    public static SyntaxTree Parse(string source, string path = "") => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp10), path);
}
