using ImpedanceMeter.Core.Protocol;
using ImpedanceMeter.Core.Text;

namespace ImpedanceMeter.Cli.Protocol;

/// <summary>
/// One $ZOUT record: <c>$ZOUT,seq,source,jack,leg,freq_Hz,re_ohm,im_ohm,status,cal_id</c>.
/// Values are kept as the meter's integers (mHz, µΩ) so nothing is rounded on the way.
/// </summary>
public sealed record Reading(long Sequence, string Source, string Jack, string Leg, long FrequencyMilliHertz,
    long ReMicroOhms, long ImMicroOhms, string Status, int CalibrationId)
{
    /// <summary>|Zout| in ohms (for display and plots only).</summary>
    public double MagnitudeOhms => Math.Sqrt(((double)ReMicroOhms * ReMicroOhms) + ((double)ImMicroOhms * ImMicroOhms)) / 1e6;

    /// <summary>True when the status is OK (only then is the value a Zout).</summary>
    public bool IsOk => Status == "OK";

    /// <summary>Parses the body of a checksum-valid line; false for anything that is not a well-formed $ZOUT record.</summary>
    public static bool TryParse(string body, out Reading reading)
    {
        reading = null!;
        string[] f = body.Split(',');
        if (f.Length != 10 || f[0] != "$ZOUT")
        {
            return false;
        }

        if (!long.TryParse(f[1], System.Globalization.NumberStyles.None, null, out long seq) || seq < 1 || seq > RecordWriter.MaxSequence)
        {
            return false;
        }

        if ((f[2].Length > 0 && !ProtocolNames.IsValidName(f[2])) || ProtocolNames.ParseJack(f[3]) < 0 || ProtocolNames.ParseLeg(f[4]) < 0
            || ProtocolNames.ParseStatus(f[8]) < 0)
        {
            return false;
        }

        if (!FixedFormat.TryParse(f[5], 3, out long mhz) || !FixedFormat.TryParse(f[6], 6, out long re) || !FixedFormat.TryParse(f[7], 6, out long im)
            || !int.TryParse(f[9], System.Globalization.NumberStyles.None, null, out int cal))
        {
            return false;
        }

        reading = new Reading(seq, f[2], f[3], f[4], mhz, re, im, f[8], cal);
        return true;
    }
}
