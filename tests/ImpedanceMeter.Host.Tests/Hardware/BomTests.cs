using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ImpedanceMeter.Host.Tests.Hardware;

/// <summary>hardware/BOM.csv is complete (MPN on every line), matches the schematic, and the README states its total.</summary>
[TestClass]
public sealed class BomTests
{
    private static string[][] Rows()
    {
        var lines = File.ReadAllLines(RepoPaths.Combine("hardware", "BOM.csv"));
        Assert.AreEqual("Reference,Value,Tolerance/TCR,Manufacturer,MPN,Footprint,Quantity,UnitCostUSD,Note", lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0).Select(SplitCsv).ToArray();
    }

    [TestMethod]
    public void EveryBomLineHasManufacturerMpnFootprintAndCost()
    {
        foreach (var r in Rows())
        {
            Assert.IsFalse(string.IsNullOrWhiteSpace(r[3]), "no manufacturer: " + r[0]);
            Assert.IsFalse(string.IsNullOrWhiteSpace(r[4]), "no MPN: " + r[0]);
            Assert.IsFalse(string.IsNullOrWhiteSpace(r[5]), "no footprint: " + r[0]);
            Assert.AreEqual(r[0].Split(' ').Length, int.Parse(r[6], CultureInfo.InvariantCulture), "quantity of " + r[0]);
            Assert.IsTrue(double.Parse(r[7], CultureInfo.InvariantCulture) > 0, "no cost: " + r[0]);
        }
    }

    [TestMethod]
    public void ShuntsAreTenthPercentParts()
    {
        foreach (var r in Rows().Where(r => r[0].Split(' ').Any(x => x.StartsWith("RS", StringComparison.Ordinal))))
        {
            StringAssert.StartsWith(r[2], "0.1 %", "shunt tolerance of " + r[0]);
        }
    }

    [TestMethod]
    public void BomReferencesAreExactlyTheSchematicParts()
    {
        var sch = File.ReadAllText(RepoPaths.Combine("hardware", "impedancemeter.kicad_sch"));
        var schRefs = Regex.Matches(sch, "\\(instances \\(project \"impedancemeter\" \\(path \"/[^\"]+\" \\(reference \"([^\"]+)\"")
            .Select(m => m.Groups[1].Value).Where(r => !r.StartsWith('#')).OrderBy(r => r).ToArray();
        var bomRefs = Rows().SelectMany(r => r[0].Split(' ')).OrderBy(r => r).ToArray();
        Assert.IsTrue(schRefs.Length > 100, "schematic parts not found");
        CollectionAssert.AreEqual(schRefs, bomRefs);
    }

    [TestMethod]
    public void ReadmeStatesTheBomTotal()
    {
        var total = Rows().Sum(r => int.Parse(r[6], CultureInfo.InvariantCulture) * double.Parse(r[7], CultureInfo.InvariantCulture));
        var readme = File.ReadAllText(RepoPaths.Combine("hardware", "README.md"));
        StringAssert.Contains(readme, "**Total: USD " + total.ToString("0.00", CultureInfo.InvariantCulture) + "**");
    }

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var cur = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cur.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cur.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(cur.ToString());
                cur.Clear();
            }
            else
            {
                cur.Append(c);
            }
        }

        fields.Add(cur.ToString());
        return fields.ToArray();
    }
}
