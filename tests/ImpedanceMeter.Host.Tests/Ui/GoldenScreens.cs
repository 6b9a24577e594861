using ImpedanceMeter.Cli.Render;
using ImpedanceMeter.Core.Ui;

namespace ImpedanceMeter.Host.Tests.Ui;

/// <summary>
/// Compares rendered frames with the committed PBM files in Ui/Golden. To accept a deliberate
/// change of the screens, run the tests once with IMETER_UPDATE_GOLDEN=1 (it rewrites the files
/// instead of comparing), look at the diff (or `imeter render --out DIR`), and commit.
/// </summary>
public static class GoldenScreens
{
    public static string Directory => RepoPaths.Combine("tests", "ImpedanceMeter.Host.Tests", "Ui", "Golden");

    public static bool Updating => Environment.GetEnvironmentVariable("IMETER_UPDATE_GOLDEN") == "1";

    /// <summary>Returns null if the frame matches (or was written in update mode), else a description of the difference.</summary>
    public static string? Compare(string name, FrameBuffer actual)
    {
        string path = Path.Combine(Directory, name + ".pbm");
        if (Updating)
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(path, PbmFormat.Write(actual));
            return null;
        }

        if (!File.Exists(path))
        {
            return name + ": no golden file " + path + " (run with IMETER_UPDATE_GOLDEN=1 to create it)";
        }

        FrameBuffer expected = PbmFormat.Read(File.ReadAllText(path));
        int differing = 0;
        int firstX = -1, firstY = -1;
        for (int y = 0; y < FrameBuffer.Height; y++)
        {
            for (int x = 0; x < FrameBuffer.Width; x++)
            {
                if (expected.GetPixel(x, y) != actual.GetPixel(x, y))
                {
                    if (differing++ == 0)
                    {
                        firstX = x;
                        firstY = y;
                    }
                }
            }
        }

        return differing == 0 ? null : name + ": " + differing + " pixels differ, first at (" + firstX + "," + firstY + ")";
    }
}
