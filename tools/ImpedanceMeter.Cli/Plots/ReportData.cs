using ImpedanceMeter.Cli.Logger;
using ImpedanceMeter.Cli.Protocol;
using Microsoft.Data.Sqlite;

namespace ImpedanceMeter.Cli.Plots;

/// <summary>A stored reading with its reception time (for the history table).</summary>
public sealed record StoredReading(string ReceivedUtc, Reading Reading);

/// <summary>A link problem stored by the logger.</summary>
public sealed record StoredEvent(string TimeUtc, string Kind, long? First, long? Last, string? Detail);

/// <summary>What an HTML report shows, read from the logger's database (one session, or the latest).</summary>
public sealed record ReportData(long SessionId, string Port, string Meter, string Firmware, string Started, string? Ended,
    IReadOnlyList<StoredReading> Readings, IReadOnlyList<FitRecord> Fits, IReadOnlyList<StoredEvent> Events)
{
    /// <summary>Loads session <paramref name="sessionId"/> (0 = the latest) from <paramref name="dbPath"/>.</summary>
    public static ReportData Load(string dbPath, long sessionId)
    {
        if (!File.Exists(dbPath))
        {
            throw new FileNotFoundException(dbPath + ": no such database");
        }

        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        db.Open();
        using var s = db.CreateCommand();
        s.CommandText = "SELECT id, port, COALESCE(meter_idn,''), COALESCE(firmware_version,''), started_utc, ended_utc FROM session "
            + (sessionId > 0 ? "WHERE id = $id" : "ORDER BY id DESC LIMIT 1");
        s.Parameters.AddWithValue("$id", sessionId);
        using var r = s.ExecuteReader();
        if (!r.Read())
        {
            throw new InvalidDataException(dbPath + ": no session " + (sessionId > 0 ? sessionId.ToString() : "logged yet"));
        }

        long id = r.GetInt64(0);
        var head = (Port: r.GetString(1), Meter: r.GetString(2), Fw: r.GetString(3), Start: r.GetString(4), End: r.IsDBNull(5) ? null : r.GetString(5));
        var readings = new List<StoredReading>();
        using (var c = db.CreateCommand())
        {
            c.CommandText = "SELECT received_utc, seq, source_name, jack, leg, frequency_mhz, zout_re_uohm, zout_im_uohm, status, calibration_id FROM reading WHERE session_id = $id ORDER BY epoch, seq";
            c.Parameters.AddWithValue("$id", id);
            using var q = c.ExecuteReader();
            while (q.Read())
            {
                readings.Add(new StoredReading(q.GetString(0), new Reading(q.GetInt64(1), q.GetString(2), q.GetString(3), q.GetString(4), q.GetInt64(5), q.GetInt64(6), q.GetInt64(7), q.GetString(8), q.GetInt32(9))));
            }
        }

        var fits = new List<FitRecord>();
        using (var c = db.CreateCommand())
        {
            c.CommandText = "SELECT seq, source_name, jack, leg, r_uohm, c_nf, l_nh, residual_uohm, valid, status, calibration_id FROM fit WHERE session_id = $id ORDER BY epoch, seq";
            c.Parameters.AddWithValue("$id", id);
            using var q = c.ExecuteReader();
            while (q.Read())
            {
                fits.Add(new FitRecord(q.GetInt64(0), q.GetString(1), q.GetString(2), q.GetString(3), q.GetInt64(4), q.GetInt64(5), q.GetInt64(6), q.GetInt64(7), q.GetInt64(8) == 1, q.GetString(9), q.GetInt32(10)));
            }
        }

        var events = new List<StoredEvent>();
        using (var c = db.CreateCommand())
        {
            c.CommandText = "SELECT time_utc, kind, first_seq, last_seq, detail FROM link_event WHERE session_id = $id ORDER BY id";
            c.Parameters.AddWithValue("$id", id);
            using var q = c.ExecuteReader();
            while (q.Read())
            {
                events.Add(new StoredEvent(q.GetString(0), q.GetString(1), q.IsDBNull(2) ? null : q.GetInt64(2), q.IsDBNull(3) ? null : q.GetInt64(3), q.IsDBNull(4) ? null : q.GetString(4)));
            }
        }

        return new ReportData(id, head.Port, head.Meter, head.Fw, head.Start, head.End, readings, fits, events);
    }
}
