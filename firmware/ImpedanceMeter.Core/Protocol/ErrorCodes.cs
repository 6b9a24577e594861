namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>
    /// Error codes of the error queue: negative codes follow SCPI-99 (IEEE 488.2) meanings,
    /// positive codes are device-specific (1xx measurement status, 2xx IEM library).
    /// </summary>
    public static class ErrorCodes
    {
        /// <summary>No error (what SYST:ERR? returns when the queue is empty).</summary>
        public const int None = 0;

        /// <summary>A byte outside printable ASCII in a command line.</summary>
        public const int InvalidCharacter = -101;

        /// <summary>Malformed command (for example an unterminated quote).</summary>
        public const int SyntaxError = -102;

        /// <summary>More parameters than the command takes.</summary>
        public const int ParameterNotAllowed = -108;

        /// <summary>Fewer parameters than the command needs.</summary>
        public const int MissingParameter = -109;

        /// <summary>Unknown command header.</summary>
        public const int UndefinedHeader = -113;

        /// <summary>The command is valid but could not be carried out.</summary>
        public const int ExecutionError = -200;

        /// <summary>The command conflicts with the current state (e.g. IEM:PT without IEM:ADD).</summary>
        public const int SettingsConflict = -221;

        /// <summary>A number outside its allowed range.</summary>
        public const int DataOutOfRange = -222;

        /// <summary>The command line exceeded <see cref="ProtocolInfo.MaxCommandLength"/> bytes.</summary>
        public const int TooMuchData = -223;

        /// <summary>A parameter that is not a valid value (unknown leg, not a number).</summary>
        public const int IllegalParameterValue = -224;

        /// <summary>More errors happened than the queue holds; the newest were dropped.</summary>
        public const int QueueOverflow = -350;

        /// <summary>Base of the measurement codes: 100 + <see cref="ImpedanceMeter.Core.Measurement.MeasurementStatus"/>.</summary>
        public const int MeasurementBase = 100;

        /// <summary>No IEM with that index or name.</summary>
        public const int IemNotFound = 201;

        /// <summary>The IEM library has no room for another curve.</summary>
        public const int IemLibraryFull = 202;

        /// <summary>The uploaded curve is invalid (point count, order or range).</summary>
        public const int IemCurveInvalid = 203;

        /// <summary>An IEM with that name exists already.</summary>
        public const int IemNameExists = 204;

        /// <summary>The IEM is built in and cannot be deleted.</summary>
        public const int IemReadOnly = 205;

        /// <summary>Short English text for a code, as shown by SYST:ERR?.</summary>
        public static string Text(int code)
        {
            switch (code)
            {
                case None: return "No error";
                case InvalidCharacter: return "Invalid character";
                case SyntaxError: return "Syntax error";
                case ParameterNotAllowed: return "Parameter not allowed";
                case MissingParameter: return "Missing parameter";
                case UndefinedHeader: return "Undefined header";
                case ExecutionError: return "Execution error";
                case SettingsConflict: return "Settings conflict";
                case DataOutOfRange: return "Data out of range";
                case TooMuchData: return "Too much data";
                case IllegalParameterValue: return "Illegal parameter value";
                case QueueOverflow: return "Queue overflow";
                case IemNotFound: return "IEM not found";
                case IemLibraryFull: return "IEM library full";
                case IemCurveInvalid: return "IEM curve invalid";
                case IemNameExists: return "IEM name exists";
                case IemReadOnly: return "IEM is built in";
            }

            if (code > MeasurementBase && code < MeasurementBase + 20)
            {
                return "Measurement failed: " + ProtocolNames.Status(code - MeasurementBase);
            }

            return "Unknown error";
        }
    }
}
