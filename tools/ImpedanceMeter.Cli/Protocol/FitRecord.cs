using ImpedanceMeter.Core.Protocol;
using ImpedanceMeter.Core.Text;

namespace ImpedanceMeter.Cli.Protocol;

/// <summary>
/// One $FIT record: <c>$FIT,seq,source,jack,leg,R_ohm,C_uF,L_uH,residual_ohm,valid,status,cal_id</c>
/// — the R + C + L model the meter fitted to one leg's sweep (values labelled "model").
/// </summary>
public sealed record FitRecord(long Sequence, string Source, string Jack, string Leg, long RMicroOhms, long CNanoFarads,
    long LNanoHenries, long ResidualMicroOhms, bool Valid, string Status, int CalibrationId)
{
    /// <summary>Parses the body of a checksum-valid line; false unless it is a well-formed $FIT record.</summary>
    public static bool TryParse(string body, out FitRecord fit)
    {
        fit = null!;
        string[] f = body.Split(',');
        if (f.Length != 12 || f[0] != "$FIT" || !long.TryParse(f[1], System.Globalization.NumberStyles.None, null, out long seq) || seq < 1)
        {
            return false;
        }

        if ((f[2].Length > 0 && !ProtocolNames.IsValidName(f[2])) || ProtocolNames.ParseJack(f[3]) < 0 || ProtocolNames.ParseLeg(f[4]) < 0
            || (f[9] != "0" && f[9] != "1") || ProtocolNames.ParseStatus(f[10]) < 0)
        {
            return false;
        }

        if (!FixedFormat.TryParse(f[5], 6, out long r) || !FixedFormat.TryParse(f[6], 3, out long c) || !FixedFormat.TryParse(f[7], 3, out long l)
            || !FixedFormat.TryParse(f[8], 6, out long res) || !int.TryParse(f[11], System.Globalization.NumberStyles.None, null, out int cal))
        {
            return false;
        }

        fit = new FitRecord(seq, f[2], f[3], f[4], r, c, l, res, f[9] == "1", f[10], cal);
        return true;
    }

    /// <summary>|Z| of the model at <paramref name="hz"/>, ohms (host-side double, for plots).</summary>
    public double MagnitudeAt(double hz)
    {
        double w = 2 * Math.PI * hz;
        double x = (w * LNanoHenries * 1e-9) - (CNanoFarads > 0 ? 1.0 / (w * CNanoFarads * 1e-9) : 0);
        double r = RMicroOhms / 1e6;
        return Math.Sqrt((r * r) + (x * x));
    }
}
