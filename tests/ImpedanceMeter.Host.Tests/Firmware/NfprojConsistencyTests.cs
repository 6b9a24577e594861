using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ImpedanceMeter.Host.Tests.Firmware;

/// <summary>
/// The .nfproj files cannot be built on Linux, so their structure is checked here: each imports
/// nfproj.props, each HintPath points at a package pinned in its packages.config, and the pinned
/// versions equal the ones nfproj.props declares.
/// </summary>
[TestClass]
public class NfprojConsistencyTests
{
    private static readonly XNamespace Ms = "http://schemas.microsoft.com/developer/msbuild/2003";

    public static IEnumerable<object[]> Projects() =>
        Directory.GetFiles(RepoPaths.Root, "*.nfproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => new object[] { Path.GetRelativePath(RepoPaths.Root, p) });

    private static Dictionary<string, string> PropsVersions()
    {
        var props = XDocument.Load(RepoPaths.Combine("nfproj.props"));
        return props.Descendants().Where(e => e.Name.LocalName.EndsWith("Version", StringComparison.Ordinal) && e.Name.LocalName.StartsWith("Nf", StringComparison.Ordinal))
            .ToDictionary(e => e.Name.LocalName, e => e.Value);
    }

    [TestMethod]
    public void TheThreeNanoFrameworkProjectsAreFound()
    {
        Assert.AreEqual(3, Projects().Count(), string.Join(", ", Projects().Select(p => p[0])));
    }

    [TestMethod]
    [DynamicData(nameof(Projects))]
    public void NfprojImportsSharedPropsAndPinsEveryHintPath(string relative)
    {
        string path = RepoPaths.Combine(relative);
        var doc = XDocument.Load(path);
        Assert.IsTrue(doc.Descendants(Ms + "Import").Any(i => ((string?)i.Attribute("Project"))?.EndsWith("nfproj.props", StringComparison.Ordinal) == true), relative + " must import nfproj.props");
        Assert.AreEqual("{11A8DD76-328B-46DF-9F39-F559912D0360};{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}", doc.Descendants(Ms + "ProjectTypeGuids").Single().Value);

        var config = XDocument.Load(Path.Combine(Path.GetDirectoryName(path)!, "packages.config"));
        var pinned = config.Descendants("package").ToDictionary(p => (string)p.Attribute("id")!, p => (string)p.Attribute("version")!);
        var versions = PropsVersions();
        foreach (var hint in doc.Descendants(Ms + "HintPath").Select(h => h.Value))
        {
            var m = Regex.Match(hint, @"\$\(NfPackagesDir\)([A-Za-z0-9.]+?)\.\$\((\w+)\)");
            Assert.IsTrue(m.Success, relative + ": HintPath must be $(NfPackagesDir)<id>.$(Nf…Version)…, got " + hint);
            string id = m.Groups[1].Value;
            Assert.IsTrue(pinned.ContainsKey(id), relative + ": " + id + " is referenced but not in packages.config");
            Assert.AreEqual(versions[m.Groups[2].Value], pinned[id], relative + ": " + id + " version differs between nfproj.props and packages.config");
        }
    }
}
