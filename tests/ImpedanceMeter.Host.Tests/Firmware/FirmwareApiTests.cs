using ImpedanceMeter.Host.Tests.Guard;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ImpedanceMeter.Host.Tests.Firmware;

/// <summary>
/// Done-when of issue 6: every file under firmware/ImpedanceMeter uses only members present in
/// the device API listing. The firmware is compiled against stubs generated from the listing
/// (a missing member does not compile) and the result goes through the same guard as the core
/// (host-framework members it uses must be listed too; no generics).
/// </summary>
[TestClass]
public class FirmwareApiTests
{
    private static readonly Lazy<MetadataReference> Stubs = new(() =>
    {
        var (image, errors) = FirmwareCompiler.Compile("nanoFramework.Stubs", new[] { FirmwareCompiler.Parse(FirmwareCompiler.StubSource()) }, FirmwareCompiler.HostReferences);
        Assert.IsNotNull(image, "the listing stubs must compile:\n" + string.Join("\n", errors.Take(30)));
        return MetadataReference.CreateFromImage(image.ToArray());
    });

    private static (MemoryStream? Image, List<string> Errors) CompileFirmware(params (string Path, string Source)[] extra)
    {
        var trees = Directory.GetFiles(FirmwareCompiler.FirmwareDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(f => FirmwareCompiler.Parse(File.ReadAllText(f), f))
            .Concat(extra.Select(e => FirmwareCompiler.Parse(e.Source, e.Path)));
        var references = FirmwareCompiler.HostReferences
            .Append(Stubs.Value)
            .Append(MetadataReference.CreateFromFile(typeof(ImpedanceMeter.Core.App.MeterApp).Assembly.Location));
        return FirmwareCompiler.Compile("ImpedanceMeter", trees, references);
    }

    private static List<string> Violations(MemoryStream image) =>
        NanoFrameworkGuard.Check(image, ApiListing.LoadShipped())
            .Where(v => !v.Contains(": ImpedanceMeter.Core.", StringComparison.Ordinal))
            .ToList();

    [TestMethod]
    public void FirmwareUsesOnlyListedNanoFrameworkMembers()
    {
        var (image, errors) = CompileFirmware();
        Assert.IsNotNull(image, "firmware/ImpedanceMeter does not compile against the listing:\n" + string.Join("\n", errors));
        var violations = Violations(image);
        Assert.AreEqual(0, violations.Count, "firmware uses members the device lacks:\n" + string.Join("\n", violations));
    }

    [TestMethod]
    public void AMemberMissingFromTheListingDoesNotCompile()
    {
        var (image, errors) = CompileFirmware(("Bad.cs", "namespace ImpedanceMeter { public static class Bad { public static int Max(System.Device.Adc.AdcChannel c) { return c.ReadValueAveraged(4); } } }"));
        Assert.IsNull(image);
        Assert.IsTrue(errors.Any(e => e.Contains("ReadValueAveraged", StringComparison.Ordinal)), string.Join("\n", errors));
    }

    [TestMethod]
    public void AHostOnlyFrameworkMemberIsCaughtByTheGuard()
    {
        var (image, errors) = CompileFirmware(("Bad.cs", "namespace ImpedanceMeter { public static class Bad { public static int Limit(int v) { return System.Math.Clamp(v, 0, 9); } public static bool Blank(string s) { return string.IsNullOrWhiteSpace(s); } } }"));
        Assert.IsNotNull(image, string.Join("\n", errors));
        var violations = Violations(image);
        CollectionAssert.Contains(violations, "member not on the device: System.Math::Clamp(int,int,int)");
        Assert.IsTrue(violations.Any(v => v.Contains("IsNullOrWhiteSpace", StringComparison.Ordinal)), string.Join("\n", violations));
    }
}
