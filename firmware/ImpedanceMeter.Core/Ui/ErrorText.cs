namespace ImpedanceMeter.Core.Ui
{
    /// <summary>Title and advice for each <see cref="ErrorKind"/>: what happened, then what to do (≤ 21 characters a line).</summary>
    public static class ErrorText
    {
        /// <summary>Lines of advice per error.</summary>
        public const int LineCount = 3;

        /// <summary>Short title, ≤ 17 characters (it sits beside the icon).</summary>
        public static string Title(ErrorKind kind)
        {
            switch (kind)
            {
                case ErrorKind.NotIdle: return "Source not idle";
                case ErrorKind.Muted: return "Output muted";
                case ErrorKind.Unplugged: return "Plug moved";
                case ErrorKind.OverRange: return "Over range";
                case ErrorKind.DcOffset: return "DC at output";
                case ErrorKind.Shorted: return "Output shorted";
                case ErrorKind.CalibrationMissing: return "Not calibrated";
                case ErrorKind.CalibrationExpired: return "Cal expired";
                case ErrorKind.Aborted: return "Aborted";
                case ErrorKind.SelfTestFailed: return "Self-test failed";
                default: return "Internal error";
            }
        }

        /// <summary>Advice line <paramref name="line"/> (0–2), ≤ 21 characters.</summary>
        public static string Line(ErrorKind kind, int line)
        {
            string a;
            string b;
            string c;
            switch (kind)
            {
                case ErrorKind.NotIdle: a = "Pause the music but"; b = "keep the output on"; c = "(play silence)."; break;
                case ErrorKind.Muted: a = "The source is muted"; b = "or asleep: play"; c = "silence, then retry."; break;
                case ErrorKind.Unplugged: a = "The plug moved while"; b = "measuring. Seat it"; c = "fully and retry."; break;
                case ErrorKind.OverRange: a = "Signal too large:"; b = "pause the music and"; c = "lower the volume."; break;
                case ErrorKind.DcOffset: a = "DC over 100 mV at"; b = "the jack: stopped to"; c = "protect the source."; break;
                case ErrorKind.Shorted: a = "Leg reads as a short."; b = "Remove the SHORT"; c = "plug; check cable."; break;
                case ErrorKind.CalibrationMissing: a = "Calibrate first:"; b = "Home > Calibrate,"; c = "open/short/load."; break;
                case ErrorKind.CalibrationExpired: a = "Calibration is too"; b = "old: run Home >"; c = "Calibrate again."; break;
                case ErrorKind.Aborted: a = "Measurement stopped"; b = "before it finished."; c = "Retry when ready."; break;
                case ErrorKind.SelfTestFailed: a = "A boot check failed."; b = "Unplug the source;"; c = "restart the meter."; break;
                default: a = "Injection is off and"; b = "relays are open."; c = "Restart the meter."; break;
            }

            return line == 0 ? a : (line == 1 ? b : c);
        }

        /// <summary>Maps an engine status to the error it shows; Ok maps to <see cref="ErrorKind.Internal"/> (callers check Ok first).</summary>
        public static ErrorKind FromStatus(Measurement.MeasurementStatus status)
        {
            switch (status)
            {
                case Measurement.MeasurementStatus.NotIdle: return ErrorKind.NotIdle;
                case Measurement.MeasurementStatus.Muted: return ErrorKind.Muted;
                case Measurement.MeasurementStatus.Short: return ErrorKind.Shorted;
                case Measurement.MeasurementStatus.OverRange: return ErrorKind.OverRange;
                case Measurement.MeasurementStatus.Unplugged: return ErrorKind.Unplugged;
                case Measurement.MeasurementStatus.DcOffset: return ErrorKind.DcOffset;
                case Measurement.MeasurementStatus.NotCalibrated: return ErrorKind.CalibrationMissing;
                case Measurement.MeasurementStatus.Aborted: return ErrorKind.Aborted;
                default: return ErrorKind.Internal;
            }
        }
    }
}
