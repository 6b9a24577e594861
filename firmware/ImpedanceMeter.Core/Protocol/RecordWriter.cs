using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>
    /// Writes sequence-numbered result records ($ZOUT, $FIT). The sequence number counts every
    /// record since boot (1, 2, …, wrapping after 999999999 to 1), so the logger sees any loss.
    /// </summary>
    public sealed class RecordWriter
    {
        /// <summary>Largest sequence number before it wraps to 1.</summary>
        public const int MaxSequence = 999999999;

        private readonly OutputLine _out;
        private readonly MeterSettings _settings;
        private int _sequence;

        /// <summary>Writes records through <paramref name="output"/>, labelled from <paramref name="settings"/>.</summary>
        public RecordWriter(OutputLine output, MeterSettings settings)
        {
            _out = output;
            _settings = settings;
        }

        /// <summary>Sequence number of the last record sent (0 = none since boot).</summary>
        public int LastSequence
        {
            get { return _sequence; }
        }

        /// <summary>
        /// $ZOUT,seq,source,jack,leg,freq_Hz,re_ohm,im_ohm,status,cal_id — one measured point;
        /// numbers are zero when status is not OK.
        /// </summary>
        public void WritePoint(ZoutPoint point, JackType jack, int calibrationId)
        {
            bool ok = point.Status == MeasurementStatus.Ok;
            Start("$ZOUT", jack, point.Leg);
            _out.AppendFixed(point.FrequencyMilliHertz, 3, 3).AppendChar(',');
            _out.AppendFixed(ok ? point.ReMicroOhms : 0, 6, 6).AppendChar(',');
            _out.AppendFixed(ok ? point.ImMicroOhms : 0, 6, 6).AppendChar(',');
            _out.Append(ProtocolNames.Status((int)point.Status)).AppendChar(',').AppendInt(calibrationId);
            _out.Send();
        }

        /// <summary>$FIT,seq,source,jack,leg,R_ohm,C_uF,L_uH,residual_ohm,valid,status,cal_id — the model of one leg.</summary>
        public void WriteFit(LegResult leg, JackType jack, int calibrationId)
        {
            ZoutModel m = leg.Model;
            bool valid = m != null && m.IsValid;
            Start("$FIT", jack, leg.Leg);
            _out.AppendFixed(valid ? m.RMicroOhms : 0, 6, 6).AppendChar(',');
            _out.AppendFixed(valid ? m.CNanoFarads : 0, 3, 3).AppendChar(',');
            _out.AppendFixed(valid ? m.LNanoHenries : 0, 3, 3).AppendChar(',');
            _out.AppendFixed(valid ? m.ResidualMicroOhms : 0, 6, 6).AppendChar(',');
            _out.AppendInt(valid ? 1 : 0).AppendChar(',');
            _out.Append(ProtocolNames.Status((int)leg.Status)).AppendChar(',').AppendInt(calibrationId);
            _out.Send();
        }

        /// <summary>Writes every point and the fit of every leg of <paramref name="result"/>.</summary>
        public void WriteResult(MeasurementResult result)
        {
            for (int i = 0; result.Legs != null && i < result.Legs.Length; i++)
            {
                LegResult leg = result.Legs[i];
                for (int p = 0; leg.Points != null && p < leg.Points.Length; p++)
                {
                    WritePoint(leg.Points[p], result.Jack, result.CalibrationId);
                }

                WriteFit(leg, result.Jack, result.CalibrationId);
            }
        }

        private void Start(string kind, JackType jack, Leg leg)
        {
            _sequence = _sequence >= MaxSequence ? 1 : _sequence + 1;
            _out.Begin().Append(kind).AppendChar(',').AppendInt(_sequence).AppendChar(',');
            _out.Append(_settings.SourceName).AppendChar(',').Append(ProtocolNames.Jack(jack)).AppendChar(',');
            _out.Append(ProtocolNames.Leg(leg)).AppendChar(',');
        }
    }
}
