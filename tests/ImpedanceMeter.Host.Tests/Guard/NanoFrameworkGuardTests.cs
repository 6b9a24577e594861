using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ImpedanceMeter.Host.Tests.Guard;

[TestClass]
public class NanoFrameworkGuardTests
{
    private static readonly ApiListing Mscorlib = ApiListing.LoadShipped("mscorlib");

    private static readonly ApiListing MscorlibAndMath = ApiListing.LoadShipped("mscorlib", "System.Math");

    private static List<string> CheckSnippet(string source) => NanoFrameworkGuard.Check(SnippetCompiler.Compile(source), MscorlibAndMath);

    [TestMethod]
    public void CoreUsesOnlyDeviceApiAndNoGenerics()
    {
        string core = typeof(ImpedanceMeter.Core.Dsp.FixedMath).Assembly.Location;
        var violations = NanoFrameworkGuard.Check(core, Mscorlib);
        Assert.AreEqual(0, violations.Count, "The core must compile for nanoFramework:\n" + string.Join("\n", violations));
    }

    [TestMethod]
    public void ListingParsesTheWholeMscorlib()
    {
        Assert.IsTrue(Mscorlib.MemberCount > 900, "members parsed: " + Mscorlib.MemberCount);
        Assert.IsTrue(MscorlibAndMath.HasMember("System.Math::Abs(int)"));
        Assert.IsTrue(Mscorlib.HasMember("System.String::Length{get}()"));
        Assert.IsTrue(Mscorlib.HasMember("System.Collections.ArrayList::Item{get}(int)"));
        Assert.IsTrue(MscorlibAndMath.HasMember("System.Math::PI"));
        Assert.IsFalse(Mscorlib.HasMember("System.Math::Abs(int)"), "System.Math is its own package, not mscorlib");
    }

    [TestMethod]
    public void GuardAcceptsPlainIntegerCode()
    {
        var violations = CheckSnippet(@"
            public static class Good
            {
                public static int Sum(int[] values)
                {
                    int s = 0;
                    foreach (int v in values) { s += System.Math.Abs(v); }
                    return s;
                }
                public static string Label(int n) { return ""n="" + n.ToString(); }
                public static System.Collections.ArrayList Bag() { var a = new System.Collections.ArrayList(); a.Add(1); return a; }
            }");
        Assert.AreEqual(0, violations.Count, string.Join("\n", violations));
    }

    [TestMethod]
    public void GuardAcceptsArrayInitialisers()
    {
        // The host compiler marks <PrivateImplementationDetails> [CompilerGenerated]; the device
        // compiler omits the mark because the nanoFramework mscorlib has no such attribute.
        var violations = CheckSnippet(@"
            public static class Tables
            {
                public static int[] A() { return new int[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }; }
                public static short[] B() { return new short[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }; }
            }");
        Assert.AreEqual(0, violations.Count, string.Join("\n", violations));
    }

    [TestMethod]
    public void GuardRejectsCompilerGeneratedOnOrdinaryCode()
    {
        var violations = CheckSnippet(@"
            public static class Marked { [System.Runtime.CompilerServices.CompilerGenerated] public static int F() { return 1; } }");
        Assert.IsTrue(violations.Contains("type not on the device: System.Runtime.CompilerServices.CompilerGeneratedAttribute"), string.Join("\n", violations));
    }

    [TestMethod]
    public void GuardRejectsGenericListUse()
    {
        var violations = CheckSnippet(@"
            public static class Bad
            {
                public static int Count() { var l = new System.Collections.Generic.List<int>(); l.Add(1); return l.Count; }
            }");
        Assert.IsTrue(violations.Any(v => v.Contains("List`1", StringComparison.Ordinal)), string.Join("\n", violations));
    }

    [TestMethod]
    public void GuardRejectsSpan()
    {
        var violations = CheckSnippet(@"
            public static class Bad
            {
                public static byte First(byte[] data) { System.Span<byte> s = data; return s[0]; }
            }");
        Assert.IsTrue(violations.Any(v => v.Contains("Span`1", StringComparison.Ordinal)), string.Join("\n", violations));
    }

    [TestMethod]
    public void GuardRejectsMembersTheDeviceLacks()
    {
        var violations = CheckSnippet(@"
            public static class Bad
            {
                public static int Limit(int v) { return System.Math.Clamp(v, 0, 10); }
                public static long Magnitude(long v) { return System.Math.Abs(v); }
            }");
        CollectionAssert.Contains(violations, "member not on the device: System.Math::Clamp(int,int,int)");
        CollectionAssert.Contains(violations, "member not on the device: System.Math::Abs(long)");
    }

    [TestMethod]
    public void GuardRejectsGenericDefinitionsAndMethods()
    {
        var violations = CheckSnippet(@"
            public class Box<T> { public T Value; }
            public static class Util { public static T Id<T>(T v) { return v; } public static int Use() { return Id(3); } }");
        Assert.IsTrue(violations.Contains("generic type definition: Box`1"), string.Join("\n", violations));
        Assert.IsTrue(violations.Contains("generic method definition: Util.Id"), string.Join("\n", violations));
        Assert.IsTrue(violations.Any(v => v.StartsWith("generic method instantiation", StringComparison.Ordinal)), string.Join("\n", violations));
    }

    [TestMethod]
    public void GuardRejectsMultiDimensionalArrays()
    {
        var violations = CheckSnippet(@"
            public static class Bad { public static int Corner() { var m = new int[2, 2]; m[1, 1] = 4; return m[1, 1]; } }");
        Assert.IsTrue(violations.Any(v => v.StartsWith("multi-dimensional array", StringComparison.Ordinal)), string.Join("\n", violations));
    }

    [TestMethod]
    public void GuardRejectsStringInterpolationHandlers()
    {
        var violations = CheckSnippet(@"
            public static class Bad { public static string Show(int n) { return $""n={n}""; } }");
        Assert.IsTrue(violations.Count > 0, "C# 10 interpolation lowers to DefaultInterpolatedStringHandler, which the device lacks");
    }
}
