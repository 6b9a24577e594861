namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>
    /// The command table: header, parameter counts and usage string per <see cref="CommandId"/>
    /// (row index = id). SYST:HELP? prints the usage column; docs/protocol.md explains each row.
    /// </summary>
    public static class CommandTable
    {
        private static readonly string[] Headers = new string[]
        {
            "*IDN?", "*RST", "*CLS", "SYST:VERS?", "SYST:ERR?", "SYST:SEQ?", "SYST:HELP?",
            "MEAS:ZOUT?", "MEAS:SWEEP?", "MEAS:CONT",
            "CAL:OPEN", "CAL:SHORT", "CAL:LOAD", "CAL:STAT?", "CAL:CLEAR",
            "IEM:LIST?", "IEM:SEL", "IEM:SEL?", "IEM:ADD", "IEM:PT", "IEM:END", "IEM:ABORT", "IEM:DEL", "IEM:GET?",
            "CAPT?",
            "CONF:JACK", "CONF:JACK?", "CONF:FREQ", "CONF:FREQ?", "CONF:SRC", "CONF:SRC?", "CONF:STREAM", "CONF:STREAM?",
            "DIAG:STREAM?",
        };

        // Minimum and maximum parameter counts, one digit per header. Strings, not byte[] initializers:
        // those compile to a <PrivateImplementationDetails> blob with an attribute the device lacks.
        private const string MinParams = "0000000001000000102300110101010100";
        private const string MaxParams = "0000000211111000103300110101010100";

        private static readonly string[] Usages = new string[]
        {
            "*IDN? -> maker,model,serial,firmware",
            "*RST: settings to defaults (jack SE35, freq 0, source unnamed, stream ON)",
            "*CLS: clear the error queue",
            "SYST:VERS? -> protocol version",
            "SYST:ERR? -> code,\"text\" (oldest; 0 when empty)",
            "SYST:SEQ? -> last record sequence number",
            "SYST:HELP? -> one usage line per command",
            "MEAS:ZOUT? [leg] [freq_Hz] -> $ZOUT record",
            "MEAS:SWEEP? [SE35|BAL44] -> $ZOUT per point, $FIT per leg",
            "MEAS:CONT ON|OFF|<count>: stream spot readings",
            "CAL:OPEN [SE35|BAL44]: measure the open standard",
            "CAL:SHORT [SE35|BAL44]: measure the short standard",
            "CAL:LOAD [SE35|BAL44]: measure the load standard",
            "CAL:STAT? -> open,short,load,cal_id,seconds",
            "CAL:CLEAR: forget the calibration",
            "IEM:LIST? -> index,\"name\",selected per IEM",
            "IEM:SEL <index|\"name\">: select an IEM",
            "IEM:SEL? -> index,\"name\" (-1 when none)",
            "IEM:ADD \"name\" <nominal_ohm> [points]: start an upload (0-64 points)",
            "IEM:PT <freq_Hz> <mag_ohm> <phase_deg>: one point, ascending freq (mHz, mOhm, 0.01 deg)",
            "IEM:END: check and store the upload",
            "IEM:ABORT: drop the upload",
            "IEM:DEL <index|\"name\">: delete an IEM",
            "IEM:GET? <index|\"name\"> -> \"name\",nominal,points then freq,mag,phase lines",
            "CAPT? -> raw capture of the last measurement",
            "CONF:JACK SE35|BAL44",
            "CONF:JACK? -> SE35|BAL44",
            "CONF:FREQ <freq_Hz>: spot frequency, 0 = default",
            "CONF:FREQ? -> spot frequency, Hz",
            "CONF:SRC \"name\": source name put in records",
            "CONF:SRC? -> \"name\"",
            "CONF:STREAM ON|OFF: stream results of button measurements",
            "CONF:STREAM? -> ON|OFF",
            "DIAG:STREAM? -> drift_mdeg_per_s,coherence_ppm,amplitude_codes,PASS|FAIL (RMT/I2S clock check, unloaded)",
        };

        /// <summary>Number of commands.</summary>
        public static int Count
        {
            get { return Headers.Length; }
        }

        /// <summary>Header of command <paramref name="id"/> ("MEAS:ZOUT?").</summary>
        public static string Header(int id)
        {
            return Headers[id];
        }

        /// <summary>Usage line of command <paramref name="id"/>.</summary>
        public static string Usage(int id)
        {
            return Usages[id];
        }

        /// <summary>Fewest parameters command <paramref name="id"/> takes.</summary>
        public static int MinParameters(int id)
        {
            return MinParams[id] - '0';
        }

        /// <summary>Most parameters command <paramref name="id"/> takes.</summary>
        public static int MaxParameters(int id)
        {
            return MaxParams[id] - '0';
        }

        /// <summary>Row of the header in token 0 of <paramref name="command"/> (case-insensitive), or -1.</summary>
        public static int Find(ParsedCommand command)
        {
            for (int i = 0; i < Headers.Length; i++)
            {
                if (command.TokenEquals(0, Headers[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
