using System.Globalization;
using CsvHelper;
using ImpedanceMeter.Cli.Protocol;
using ImpedanceMeter.Core.Text;

namespace ImpedanceMeter.Cli.Logger;

/// <summary>Appends readings to a CSV file for spreadsheets (header written once, invariant culture, exact decimals).</summary>
public sealed class CsvLog : IDisposable
{
    private readonly StreamWriter _file;
    private readonly CsvWriter _csv;

    public static readonly string[] Header =
    {
        "session", "received_utc", "seq", "source", "jack", "leg", "frequency_hz", "zout_re_ohm", "zout_im_ohm", "zout_abs_ohm",
        "status", "calibration_id", "firmware",
    };

    public CsvLog(string path)
    {
        bool fresh = !File.Exists(path) || new FileInfo(path).Length == 0;
        _file = new StreamWriter(path, append: true);
        _csv = new CsvWriter(_file, CultureInfo.InvariantCulture);
        if (fresh)
        {
            foreach (string h in Header)
            {
                _csv.WriteField(h);
            }

            _csv.NextRecord();
            _csv.Flush();
        }
    }

    public void Add(long session, DateTime receivedUtc, Reading r, string? firmware)
    {
        _csv.WriteField(session);
        _csv.WriteField(LogStore.Iso(receivedUtc));
        _csv.WriteField(r.Sequence);
        _csv.WriteField(r.Source);
        _csv.WriteField(r.Jack);
        _csv.WriteField(r.Leg);
        _csv.WriteField(FixedFormat.Format(r.FrequencyMilliHertz, 3, 3));
        _csv.WriteField(FixedFormat.Format(r.ReMicroOhms, 6, 6));
        _csv.WriteField(FixedFormat.Format(r.ImMicroOhms, 6, 6));
        _csv.WriteField(r.MagnitudeOhms.ToString("0.000000", CultureInfo.InvariantCulture));
        _csv.WriteField(r.Status);
        _csv.WriteField(r.CalibrationId);
        _csv.WriteField(firmware ?? string.Empty);
        _csv.NextRecord();
        _csv.Flush();
    }

    public void Dispose()
    {
        _csv.Dispose();
        _file.Dispose();
    }
}
