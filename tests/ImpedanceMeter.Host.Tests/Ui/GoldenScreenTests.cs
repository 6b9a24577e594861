using ImpedanceMeter.Cli.Render;
using ImpedanceMeter.Core.Ui;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ImpedanceMeter.Host.Tests.Ui;

[TestClass]
public class GoldenScreenTests
{
    [TestMethod]
    public void EveryScreenStateMatchesItsGoldenImage()
    {
        var failures = new List<string>();
        foreach (var (name, view) in ScreenGallery.All())
        {
            string? problem = GoldenScreens.Compare(name, ScreenGallery.Render(view));
            if (problem != null)
            {
                failures.Add(problem);
            }
        }

        Assert.AreEqual(0, failures.Count, string.Join("\n", failures));
    }

    [TestMethod]
    public void NoGoldenImageIsLeftOverFromARemovedState()
    {
        var names = ScreenGallery.All().Select(s => s.Name + ".pbm").ToHashSet();
        var stale = System.IO.Directory.GetFiles(GoldenScreens.Directory, "*.pbm").Select(Path.GetFileName).Where(f => !names.Contains(f!)).ToList();
        Assert.AreEqual(0, stale.Count, "stale golden files: " + string.Join(", ", stale));
    }

    [TestMethod]
    public void GalleryCoversEveryScreenAndEveryError()
    {
        var all = ScreenGallery.All();
        foreach (ScreenId id in Enum.GetValues<ScreenId>())
        {
            Assert.IsTrue(all.Any(s => s.View.Screen == id), "no gallery state for " + id);
        }

        foreach (ErrorKind kind in Enum.GetValues<ErrorKind>())
        {
            Assert.IsTrue(all.Any(s => s.View.Screen == ScreenId.Error && s.View.Error == kind), "no gallery state for error " + kind);
        }
    }

    [TestMethod]
    public void AChangedPixelIsCaught()
    {
        var (name, view) = ScreenGallery.All().First(s => s.Name == "home");
        FrameBuffer fb = ScreenGallery.Render(view);
        fb.TogglePixel(100, 40);
        if (!GoldenScreens.Updating)
        {
            StringAssert.Contains(GoldenScreens.Compare(name, fb), "1 pixels differ, first at (100,40)");
        }
    }

    [TestMethod]
    public void PbmRoundTripsAFrame()
    {
        var fb = ScreenGallery.Render(ScreenGallery.All().First(s => s.Name == "result-bal-minor").View);
        var back = PbmFormat.Read(PbmFormat.Write(fb));
        CollectionAssert.AreEqual(fb.Bytes, back.Bytes);
    }
}
