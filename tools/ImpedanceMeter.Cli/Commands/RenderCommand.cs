using System.CommandLine;
using System.Text.Json;
using ImpedanceMeter.Cli.Render;

namespace ImpedanceMeter.Cli.Commands;

/// <summary>
/// <c>imeter render --out DIR [--scale N] [--json]</c>: renders every OLED screen state of
/// <see cref="ScreenGallery"/> with the device's own screen code and writes one PNG per state.
/// </summary>
public static class RenderCommand
{
    public static Command Create()
    {
        var outOption = new Option<string>("--out") { Description = "Directory to write the PNG files into (created if missing).", Required = true };
        var scaleOption = new Option<int>("--scale") { Description = "Pixels per OLED pixel, 1–16.", DefaultValueFactory = _ => 4 };
        var jsonOption = new Option<bool>("--json") { Description = "Print the written files as JSON instead of text." };
        var command = new Command("render", "Renders every OLED screen to PNG files (4x scale by default).");
        command.Options.Add(outOption);
        command.Options.Add(scaleOption);
        command.Options.Add(jsonOption);
        command.SetAction(parseResult =>
        {
            string dir = parseResult.GetValue(outOption)!;
            int scale = parseResult.GetValue(scaleOption);
            if (scale < 1 || scale > 16)
            {
                Console.Error.WriteLine("imeter render: --scale must be between 1 and 16, got " + scale);
                return 1;
            }

            try
            {
                Directory.CreateDirectory(dir);
                var written = new List<string>();
                foreach (var (name, view) in ScreenGallery.All())
                {
                    string path = Path.Combine(dir, name + ".png");
                    File.WriteAllBytes(path, PngWriter.Encode(ScreenGallery.Render(view), scale));
                    written.Add(path);
                }

                if (parseResult.GetValue(jsonOption))
                {
                    Console.WriteLine(JsonSerializer.Serialize(new { scale, count = written.Count, files = written }));
                }
                else
                {
                    foreach (var path in written)
                    {
                        Console.WriteLine(path);
                    }
                }

                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("imeter render: cannot write to " + dir + ": " + e.Message);
                return 1;
            }
        });
        return command;
    }
}
