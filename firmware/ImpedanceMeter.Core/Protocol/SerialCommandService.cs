using ImpedanceMeter.Core.Measurement;
using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>
    /// The serial protocol on the device. The app's single worker loop calls <see cref="Poll"/>;
    /// each call reads what the link has (never blocks) and then does at most one thing: run
    /// one complete command line, or take one continuous reading. Every command ends with one
    /// "OK" or "ERR,code,text" line; errors also go to the queue read by SYST:ERR?. Damaged,
    /// unknown or malformed lines change nothing but the error queue.
    /// </summary>
    public sealed class SerialCommandService
    {
        private const int ReceiveChunk = 64;

        private readonly ISerialLink _link;
        private readonly byte[] _rx = new byte[ReceiveChunk];
        private readonly LineAssembler _assembler = new LineAssembler();
        private readonly ParsedCommand _command = new ParsedCommand();
        private readonly ErrorQueue _errors = new ErrorQueue();
        private readonly MeterSettings _settings = new MeterSettings();
        private readonly OutputLine _out;
        private readonly RecordWriter _records;
        private readonly SystemCommands _system;
        private readonly MeasureCommands _measure;
        private readonly IemCommands _iem;
        private int _rxPos;
        private int _rxLen;

        /// <summary>A service on <paramref name="link"/> driving <paramref name="engine"/> and <paramref name="iems"/>.</summary>
        public SerialCommandService(ISerialLink link, IZoutEngine engine, IIemLibrary iems, DeviceIdentity identity)
        {
            _link = link;
            _out = new OutputLine(link);
            _records = new RecordWriter(_out, _settings);
            _system = new SystemCommands(_out, _errors, _settings, identity, _records);
            _measure = new MeasureCommands(_out, _records, _settings, engine);
            _iem = new IemCommands(_out, iems);
        }

        /// <summary>Settings changed by CONF:… (the UI may read and change them too).</summary>
        public MeterSettings Settings
        {
            get { return _settings; }
        }

        /// <summary>The error queue.</summary>
        public ErrorQueue Errors
        {
            get { return _errors; }
        }

        /// <summary>Sequence number of the last record sent.</summary>
        public int LastSequence
        {
            get { return _records.LastSequence; }
        }

        /// <summary>The IEM upload in progress.</summary>
        public CurveUpload Upload
        {
            get { return _iem.Upload; }
        }

        /// <summary>Continuous readings still due (−1 = unlimited).</summary>
        public int ContinuousRemaining
        {
            get { return _measure.ContinuousRemaining; }
        }

        /// <summary>Does one step of work; returns true when it consumed input, handled a line or took a reading.</summary>
        public bool Poll()
        {
            bool consumed = false;
            if (_rxPos == _rxLen)
            {
                _rxPos = 0;
                _rxLen = _link.Read(_rx, 0, ReceiveChunk);
            }

            while (_rxPos < _rxLen)
            {
                consumed = true;
                int state = _assembler.Push(_rx[_rxPos++]);
                if (state == LineAssembler.LineReady)
                {
                    Execute(_assembler.Buffer, _assembler.Length);
                    _assembler.Reset();
                    return true;
                }

                if (state == LineAssembler.LineRejected)
                {
                    Complete(_assembler.Fault);
                    _assembler.Reset();
                    return true;
                }
            }

            return consumed || _measure.StepContinuous();
        }

        /// <summary>Streams the result of a measurement started on the meter (if CONF:STREAM is ON).</summary>
        public void PublishResult(MeasurementResult result)
        {
            if (_settings.Stream && result != null)
            {
                _records.WriteResult(result);
            }
        }

        private void Execute(byte[] line, int length)
        {
            int parse = _command.Parse(line, length);
            if (parse != ErrorCodes.None)
            {
                Complete(parse);
                return;
            }

            if (_command.TokenCount == 0)
            {
                return;
            }

            int row = CommandTable.Find(_command);
            if (row < 0)
            {
                Complete(ErrorCodes.UndefinedHeader);
                return;
            }

            if (_command.ParameterCount < CommandTable.MinParameters(row))
            {
                Complete(ErrorCodes.MissingParameter);
                return;
            }

            if (_command.ParameterCount > CommandTable.MaxParameters(row))
            {
                Complete(ErrorCodes.ParameterNotAllowed);
                return;
            }

            CommandId id = (CommandId)row;
            int code;
            if ((id > CommandId.SystHelp && id <= CommandId.CalClear) || id == CommandId.Capt || id == CommandId.DiagStream)
            {
                code = _measure.Execute(id, _command);
            }
            else if (id <= CommandId.SystHelp || id >= CommandId.ConfJack)
            {
                code = _system.Execute(id, _command);
            }
            else
            {
                code = _iem.Execute(id, _command);
            }

            Complete(code);
        }

        private void Complete(int code)
        {
            if (code == ErrorCodes.None)
            {
                _out.WriteLine("OK");
                return;
            }

            _errors.Push(code);
            _out.Begin().Append("ERR,").AppendInt(code).AppendChar(',').Append(ErrorCodes.Text(code)).Send();
        }
    }
}
