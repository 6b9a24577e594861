using ImpedanceMeter.Cli;
using ImpedanceMeter.Cli.Render;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ImpedanceMeter.Host.Tests.Ui;

[TestClass]
[DoNotParallelize]
public class RenderCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var oldOut = Console.Out;
        var oldErr = Console.Error;
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            int exit = Program.BuildRoot().Parse(args).Invoke();
            return (exit, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    [TestMethod]
    public void RenderWritesOnePngPerScreenStateAtFourTimesScale()
    {
        string dir = Path.Combine(Path.GetTempPath(), "imeter-render-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, output, _) = Run("render", "--out", dir, "--json");
            Assert.AreEqual(0, exit);
            StringAssert.Contains(output, "\"count\":" + ScreenGallery.All().Count);
            var files = Directory.GetFiles(dir, "*.png");
            Assert.AreEqual(ScreenGallery.All().Count, files.Length);
            byte[] home = File.ReadAllBytes(Path.Combine(dir, "home.png"));
            Assert.AreEqual(512, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(home.AsSpan(16)));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, true);
            }
        }
    }

    [TestMethod]
    public void BadScaleFailsWithOneLine()
    {
        var (exit, _, err) = Run("render", "--out", Path.GetTempPath(), "--scale", "0");
        Assert.AreNotEqual(0, exit);
        Assert.AreEqual(1, err.Trim().Split('\n').Length, err);
        StringAssert.Contains(err, "--scale");
    }

    [TestMethod]
    public void MissingOutIsAnError()
    {
        var (exit, _, err) = Run("render");
        Assert.AreNotEqual(0, exit);
        StringAssert.Contains(err, "--out");
    }
}
