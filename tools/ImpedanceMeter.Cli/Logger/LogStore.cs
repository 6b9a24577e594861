using ImpedanceMeter.Cli.Protocol;
using Microsoft.Data.Sqlite;

namespace ImpedanceMeter.Cli.Logger;

/// <summary>
/// The logger's SQLite history (schema in docs/logger.md, version <see cref="SchemaVersion"/>):
/// sessions, readings (unique per session, epoch and sequence number), model fits and link events.
/// </summary>
public sealed class LogStore : IDisposable
{
    public const int SchemaVersion = 1;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS schema_info(version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS session(
            id INTEGER PRIMARY KEY,
            started_utc TEXT NOT NULL,
            ended_utc TEXT,
            port TEXT NOT NULL,
            meter_idn TEXT,
            firmware_version TEXT,
            protocol_version TEXT,
            readings_stored INTEGER NOT NULL DEFAULT 0,
            bad_lines INTEGER NOT NULL DEFAULT 0,
            overlong_lines INTEGER NOT NULL DEFAULT 0,
            missing_records INTEGER NOT NULL DEFAULT 0,
            duplicate_records INTEGER NOT NULL DEFAULT 0,
            reconnects INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS reading(
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES session(id),
            epoch INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            received_utc TEXT NOT NULL,
            source_name TEXT NOT NULL,
            jack TEXT NOT NULL,
            leg TEXT NOT NULL,
            frequency_mhz INTEGER NOT NULL,
            zout_re_uohm INTEGER NOT NULL,
            zout_im_uohm INTEGER NOT NULL,
            status TEXT NOT NULL,
            calibration_id INTEGER NOT NULL,
            firmware_version TEXT,
            UNIQUE(session_id, epoch, seq));
        CREATE TABLE IF NOT EXISTS fit(
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES session(id),
            epoch INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            received_utc TEXT NOT NULL,
            source_name TEXT NOT NULL,
            jack TEXT NOT NULL,
            leg TEXT NOT NULL,
            r_uohm INTEGER NOT NULL,
            c_nf INTEGER NOT NULL,
            l_nh INTEGER NOT NULL,
            residual_uohm INTEGER NOT NULL,
            valid INTEGER NOT NULL,
            status TEXT NOT NULL,
            calibration_id INTEGER NOT NULL,
            UNIQUE(session_id, epoch, seq));
        CREATE TABLE IF NOT EXISTS link_event(
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES session(id),
            time_utc TEXT NOT NULL,
            kind TEXT NOT NULL,
            epoch INTEGER,
            first_seq INTEGER,
            last_seq INTEGER,
            detail TEXT);
        """;

    private readonly SqliteConnection _db;

    public LogStore(string path)
    {
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _db.Open();
        Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Exec(Schema);
        long? version = Scalar("SELECT version FROM schema_info LIMIT 1") as long?;
        if (version == null)
        {
            Exec("INSERT INTO schema_info(version) VALUES (" + SchemaVersion + ")");
        }
        else if (version != SchemaVersion)
        {
            throw new InvalidDataException(path + ": schema version " + version + ", this logger writes " + SchemaVersion);
        }
    }

    /// <summary>The open connection (reports read through it).</summary>
    public SqliteConnection Connection => _db;

    public long StartSession(string port, DateTime startedUtc)
    {
        using var cmd = Command("INSERT INTO session(started_utc, port) VALUES ($t, $p) RETURNING id", ("$t", Iso(startedUtc)), ("$p", port));
        return (long)cmd.ExecuteScalar()!;
    }

    public void SetMeter(long session, string idn, string firmware, string protocol)
    {
        using var cmd = Command("UPDATE session SET meter_idn=$i, firmware_version=$f, protocol_version=$v WHERE id=$s",
            ("$i", idn), ("$f", firmware), ("$v", protocol), ("$s", session));
        cmd.ExecuteNonQuery();
    }

    /// <summary>Stores a reading; false when that (session, epoch, seq) is stored already.</summary>
    public bool AddReading(long session, int epoch, Reading r, DateTime receivedUtc, string? firmware)
    {
        using var cmd = Command("""
            INSERT OR IGNORE INTO reading(session_id, epoch, seq, received_utc, source_name, jack, leg, frequency_mhz,
                zout_re_uohm, zout_im_uohm, status, calibration_id, firmware_version)
            VALUES ($s, $e, $q, $t, $src, $j, $l, $f, $re, $im, $st, $cal, $fw)
            """, ("$s", session), ("$e", epoch), ("$q", r.Sequence), ("$t", Iso(receivedUtc)), ("$src", r.Source), ("$j", r.Jack),
            ("$l", r.Leg), ("$f", r.FrequencyMilliHertz), ("$re", r.ReMicroOhms), ("$im", r.ImMicroOhms), ("$st", r.Status),
            ("$cal", r.CalibrationId), ("$fw", (object?)firmware ?? DBNull.Value));
        return cmd.ExecuteNonQuery() == 1;
    }

    public bool AddFit(long session, int epoch, FitRecord f, DateTime receivedUtc)
    {
        using var cmd = Command("""
            INSERT OR IGNORE INTO fit(session_id, epoch, seq, received_utc, source_name, jack, leg, r_uohm, c_nf, l_nh,
                residual_uohm, valid, status, calibration_id)
            VALUES ($s, $e, $q, $t, $src, $j, $l, $r, $c, $lh, $res, $v, $st, $cal)
            """, ("$s", session), ("$e", epoch), ("$q", f.Sequence), ("$t", Iso(receivedUtc)), ("$src", f.Source), ("$j", f.Jack),
            ("$l", f.Leg), ("$r", f.RMicroOhms), ("$c", f.CNanoFarads), ("$lh", f.LNanoHenries), ("$res", f.ResidualMicroOhms),
            ("$v", f.Valid ? 1 : 0), ("$st", f.Status), ("$cal", f.CalibrationId));
        return cmd.ExecuteNonQuery() == 1;
    }

    public void AddEvent(long session, DateTime timeUtc, string kind, int? epoch, long? first, long? last, string? detail)
    {
        using var cmd = Command("INSERT INTO link_event(session_id, time_utc, kind, epoch, first_seq, last_seq, detail) VALUES ($s, $t, $k, $e, $a, $b, $d)",
            ("$s", session), ("$t", Iso(timeUtc)), ("$k", kind), ("$e", (object?)epoch ?? DBNull.Value), ("$a", (object?)first ?? DBNull.Value),
            ("$b", (object?)last ?? DBNull.Value), ("$d", (object?)detail ?? DBNull.Value));
        cmd.ExecuteNonQuery();
    }

    public void EndSession(long session, DateTime endedUtc, LoggerStats s)
    {
        using var cmd = Command("""
            UPDATE session SET ended_utc=$t, readings_stored=$r, bad_lines=$b, overlong_lines=$o, missing_records=$m,
                duplicate_records=$d, reconnects=$c WHERE id=$s
            """, ("$t", Iso(endedUtc)), ("$r", s.ReadingsStored), ("$b", s.BadLines), ("$o", s.OverlongLines), ("$m", s.MissingRecords),
            ("$d", s.Duplicates), ("$c", s.Reconnects), ("$s", session));
        cmd.ExecuteNonQuery();
    }

    public static string Iso(DateTime utc) => utc.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);

    private SqliteCommand Command(string sql, params (string Name, object Value)[] args)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args)
        {
            cmd.Parameters.AddWithValue(name, value);
        }

        return cmd;
    }

    private void Exec(string sql)
    {
        using var cmd = Command(sql);
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var cmd = Command(sql);
        return cmd.ExecuteScalar();
    }

    public void Dispose() => _db.Dispose();
}
