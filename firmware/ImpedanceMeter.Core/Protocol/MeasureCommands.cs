using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>Handlers of MEAS:…, CAL:…, CAPT? and DIAG:STREAM?, and the continuous-reading state of MEAS:CONT.</summary>
    public sealed class MeasureCommands
    {
        /// <summary>Highest tone frequency a command may ask for, mHz (100 kHz).</summary>
        public const int MaxFrequencyMilliHertz = 100000000;

        /// <summary>Largest count MEAS:CONT accepts.</summary>
        public const int MaxContinuousCount = 1000000;

        private readonly OutputLine _out;
        private readonly RecordWriter _records;
        private readonly MeterSettings _settings;
        private readonly IZoutEngine _engine;
        private readonly StreamClockCheck _streamCheck = new StreamClockCheck();
        private int _remaining;
        private int _legCursor;

        /// <summary>Handlers driving <paramref name="engine"/> and reporting through <paramref name="output"/>.</summary>
        public MeasureCommands(OutputLine output, RecordWriter records, MeterSettings settings, IZoutEngine engine)
        {
            _out = output;
            _records = records;
            _settings = settings;
            _engine = engine;
        }

        /// <summary>Continuous readings still to take (−1 = until MEAS:CONT OFF, 0 = none).</summary>
        public int ContinuousRemaining
        {
            get { return _remaining; }
        }

        /// <summary>Runs one command of this group; returns 0 or an error code.</summary>
        public int Execute(CommandId id, ParsedCommand c)
        {
            switch (id)
            {
                case CommandId.MeasZout:
                    return MeasureOne(c);
                case CommandId.MeasSweep:
                    JackType sweepJack;
                    if (!JackParameter(c, out sweepJack))
                    {
                        return ErrorCodes.IllegalParameterValue;
                    }

                    MeasurementResult result = _engine.Measure(sweepJack, _out);
                    _records.WriteResult(result);
                    return StatusCode(result.Status);
                case CommandId.MeasCont:
                    return StartContinuous(c);
                case CommandId.CalOpen:
                    return Calibrate(c, CalStandard.Open);
                case CommandId.CalShort:
                    return Calibrate(c, CalStandard.Short);
                case CommandId.CalLoad:
                    return Calibrate(c, CalStandard.Load);
                case CommandId.CalStat:
                    CalibrationState s = _engine.Calibration;
                    _out.Begin().AppendInt(s.HasOpen ? 1 : 0).AppendChar(',').AppendInt(s.HasShort ? 1 : 0).AppendChar(',')
                        .AppendInt(s.HasLoad ? 1 : 0).AppendChar(',').AppendInt(s.CalibrationId).AppendChar(',')
                        .AppendInt(s.CompletedSeconds).Send();
                    return ErrorCodes.None;
                case CommandId.CalClear:
                    _engine.ClearCalibration();
                    return ErrorCodes.None;
                case CommandId.DiagStream:
                    return CheckStream();
                case CommandId.Capt:
                    // A capture line cut to fit would corrupt the file on the PC: say so.
                    int cutBefore = _out.TruncatedLines;
                    _engine.WriteLastCapture(_out);
                    return _out.TruncatedLines == cutBefore ? ErrorCodes.None : ErrorCodes.ExecutionError;
            }

            return ErrorCodes.UndefinedHeader;
        }

        /// <summary>Takes one continuous reading if any are due; returns true when it did.</summary>
        public bool StepContinuous()
        {
            if (_remaining == 0)
            {
                return false;
            }

            int first = _settings.Jack == JackType.Se35 ? (int)Leg.SeLeft : (int)Leg.BalLeftPlus;
            int count = _settings.Jack == JackType.Se35 ? 2 : 4;
            Leg leg = (Leg)(first + (_legCursor % count));
            _legCursor = (_legCursor + 1) % count;
            _out.ShowProgress = false;
            ZoutPoint point = _engine.MeasurePoint(leg, _settings.SpotFrequencyMilliHertz, _out);
            _out.ShowProgress = true;
            _records.WritePoint(point, _settings.Jack, _engine.Calibration.CalibrationId);
            if (_remaining > 0)
            {
                _remaining--;
            }

            return true;
        }

        /// <summary>Stops continuous readings (a new command line interrupts nothing else).</summary>
        public void StopContinuous()
        {
            _remaining = 0;
        }

        private int MeasureOne(ParsedCommand c)
        {
            Leg leg = _settings.Jack == JackType.Se35 ? Leg.SeLeft : Leg.BalLeftPlus;
            if (c.ParameterCount >= 1)
            {
                int parsed = ProtocolNames.ParseLeg(c.Token(1));
                if (parsed < 0 || parsed > (int)Leg.BalRightMinus)
                {
                    return ErrorCodes.IllegalParameterValue;
                }

                leg = (Leg)parsed;
            }

            long mhz = _settings.SpotFrequencyMilliHertz;
            if (c.ParameterCount == 2)
            {
                if (!c.TryFixed(2, 3, out mhz))
                {
                    return ErrorCodes.IllegalParameterValue;
                }

                if (mhz < 0 || mhz > MaxFrequencyMilliHertz)
                {
                    return ErrorCodes.DataOutOfRange;
                }
            }

            JackType jack = (int)leg <= (int)Leg.SeRight ? JackType.Se35 : JackType.Bal44;
            ZoutPoint point = _engine.MeasurePoint(leg, (int)mhz, _out);
            _records.WritePoint(point, jack, _engine.Calibration.CalibrationId);
            return StatusCode(point.Status);
        }

        private int StartContinuous(ParsedCommand c)
        {
            if (c.TokenEquals(1, "ON"))
            {
                _remaining = -1;
                return ErrorCodes.None;
            }

            if (c.TokenEquals(1, "OFF"))
            {
                _remaining = 0;
                return ErrorCodes.None;
            }

            if (!c.IsUnsignedInteger(1))
            {
                return ErrorCodes.IllegalParameterValue;
            }

            long n;
            c.TryFixed(1, 0, out n);
            if (n > MaxContinuousCount)
            {
                return ErrorCodes.DataOutOfRange;
            }

            _remaining = (int)n;
            return ErrorCodes.None;
        }

        private int Calibrate(ParsedCommand c, CalStandard standard)
        {
            JackType jack;
            if (!JackParameter(c, out jack))
            {
                return ErrorCodes.IllegalParameterValue;
            }

            return StatusCode(_engine.Calibrate(jack, standard, _out));
        }

        private bool JackParameter(ParsedCommand c, out JackType jack)
        {
            jack = _settings.Jack;
            if (c.ParameterCount == 0)
            {
                return true;
            }

            int parsed = ProtocolNames.ParseJack(c.Token(1));
            jack = (JackType)(parsed < 0 ? 0 : parsed);
            return parsed >= 0;
        }

        /// <summary>DIAG:STREAM?: drift, coherence, amplitude and PASS/FAIL; an execution error from an engine without the check.</summary>
        private int CheckStream()
        {
            IStreamSelfCheck engine = _engine as IStreamSelfCheck;
            if (engine == null)
            {
                return ErrorCodes.ExecutionError;
            }

            MeasurementStatus status = engine.CheckStreamClock(_streamCheck);
            if (status != MeasurementStatus.Ok)
            {
                return StatusCode(status);
            }

            _out.Begin().AppendInt(_streamCheck.DriftMilliDegreesPerSecond).AppendChar(',').AppendInt(_streamCheck.CoherencePpm).AppendChar(',')
                .AppendInt(_streamCheck.AmplitudeCodes).AppendChar(',').Append(_streamCheck.Passed ? "PASS" : "FAIL").Send();
            return ErrorCodes.None;
        }

        private static int StatusCode(MeasurementStatus status)
        {
            return status == MeasurementStatus.Ok ? ErrorCodes.None : ErrorCodes.MeasurementBase + (int)status;
        }
    }
}
