using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ImpedanceMeter.Host.Tests.Hardware;

/// <summary>hardware/pinout.md says what the schematic wires to every ESP32 pin (the app's pin map is written from it).</summary>
[TestClass]
public sealed class PinoutTests
{
    // ESP32-WROOM-32 module pin number of each GPIO (Espressif ESP32-WROOM-32 datasheet, pin definitions).
    private static readonly Dictionary<int, string> ModulePin = new()
    {
        [36] = "4", [39] = "5", [34] = "6", [35] = "7", [32] = "8", [33] = "9", [25] = "10", [26] = "11", [27] = "12",
        [14] = "13", [12] = "14", [13] = "16", [15] = "23", [2] = "24", [0] = "25", [4] = "26", [16] = "27", [17] = "28",
        [5] = "29", [18] = "30", [19] = "31", [21] = "33", [3] = "34", [1] = "35", [22] = "36", [23] = "37",
    };

    [TestMethod]
    public void PinoutTableMatchesTheSchematicNetlist()
    {
        HardwareToolsTests.RequireTool("kicad-cli");
        var xml = Path.Combine(Path.GetTempPath(), "im-net-" + Guid.NewGuid().ToString("N") + ".xml");
        var r = HardwareToolsTests.Run("kicad-cli", RepoPaths.Combine("hardware"), "sch", "export", "netlist", "--format", "kicadxml", "-o", xml, "impedancemeter.kicad_sch");
        Assert.AreEqual(0, r.Code, r.Output);
        var esp = new Dictionary<string, string>();
        foreach (var net in XDocument.Load(xml).Descendants("net"))
        {
            foreach (var node in net.Elements("node").Where(n => (string?)n.Attribute("ref") == "U6"))
            {
                esp[(string)node.Attribute("pin")!] = (string)net.Attribute("name")!;
            }
        }

        var rows = File.ReadAllLines(RepoPaths.Combine("hardware", "pinout.md"))
            .Select(l => Regex.Match(l, @"^\| (\d+)(?: \([A-Z_]+\))? \| `([A-Z0-9_]+)` \|"))
            .Where(m => m.Success).ToArray();
        Assert.IsTrue(rows.Length >= 25, "pinout table not found");
        foreach (var m in rows)
        {
            var gpio = int.Parse(m.Groups[1].Value);
            Assert.IsTrue(ModulePin.ContainsKey(gpio), "GPIO " + gpio + " is not a module pin");
            Assert.AreEqual(m.Groups[2].Value, esp[ModulePin[gpio]], "GPIO " + gpio);
        }

        var documented = rows.Select(m => m.Groups[2].Value).ToHashSet();
        foreach (var (pin, net) in esp.Where(p => ModulePin.ContainsValue(p.Key)))
        {
            Assert.IsTrue(documented.Contains(net) || net.StartsWith("unconnected", StringComparison.Ordinal), "U6 pin " + pin + " (" + net + ") missing from pinout.md");
        }
    }
}
