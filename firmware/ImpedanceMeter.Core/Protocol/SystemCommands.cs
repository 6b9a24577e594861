namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>Handlers of *IDN?, *RST, *CLS, SYST:… and CONF:… (validate everything, then act).</summary>
    public sealed class SystemCommands
    {
        private readonly OutputLine _out;
        private readonly ErrorQueue _errors;
        private readonly MeterSettings _settings;
        private readonly DeviceIdentity _identity;
        private readonly RecordWriter _records;

        /// <summary>Handlers writing to <paramref name="output"/> and acting on the given state.</summary>
        public SystemCommands(OutputLine output, ErrorQueue errors, MeterSettings settings, DeviceIdentity identity, RecordWriter records)
        {
            _out = output;
            _errors = errors;
            _settings = settings;
            _identity = identity;
            _records = records;
        }

        /// <summary>Runs one command of this group; returns 0 or an error code.</summary>
        public int Execute(CommandId id, ParsedCommand c)
        {
            switch (id)
            {
                case CommandId.Idn:
                    _out.Begin().Append(_identity.Maker).AppendChar(',').Append(_identity.Model).AppendChar(',')
                        .Append(_identity.Serial).AppendChar(',').Append(_identity.Firmware).Send();
                    return ErrorCodes.None;
                case CommandId.Rst:
                    _settings.Reset();
                    return ErrorCodes.None;
                case CommandId.Cls:
                    _errors.Clear();
                    return ErrorCodes.None;
                case CommandId.SystVers:
                    _out.WriteLine(ProtocolInfo.Version);
                    return ErrorCodes.None;
                case CommandId.SystErr:
                    int code = _errors.Pop();
                    _out.Begin().AppendInt(code).Append(",\"").Append(ErrorCodes.Text(code)).AppendChar('"').Send();
                    return ErrorCodes.None;
                case CommandId.SystSeq:
                    _out.Begin().AppendInt(_records.LastSequence).Send();
                    return ErrorCodes.None;
                case CommandId.SystHelp:
                    for (int i = 0; i < CommandTable.Count; i++)
                    {
                        _out.WriteLine(CommandTable.Usage(i));
                    }

                    return ErrorCodes.None;
                case CommandId.ConfJack:
                    int jack = ProtocolNames.ParseJack(c.Token(1));
                    if (jack < 0)
                    {
                        return ErrorCodes.IllegalParameterValue;
                    }

                    _settings.Jack = (Measurement.JackType)jack;
                    return ErrorCodes.None;
                case CommandId.ConfJackQuery:
                    _out.WriteLine(ProtocolNames.Jack(_settings.Jack));
                    return ErrorCodes.None;
                case CommandId.ConfFreq:
                    long mhz;
                    if (!c.TryFixed(1, 3, out mhz))
                    {
                        return ErrorCodes.IllegalParameterValue;
                    }

                    if (mhz < 0 || mhz > MeasureCommands.MaxFrequencyMilliHertz)
                    {
                        return ErrorCodes.DataOutOfRange;
                    }

                    _settings.SpotFrequencyMilliHertz = (int)mhz;
                    return ErrorCodes.None;
                case CommandId.ConfFreqQuery:
                    _out.Begin().AppendFixed(_settings.SpotFrequencyMilliHertz, 3, 3).Send();
                    return ErrorCodes.None;
                case CommandId.ConfSrc:
                    string name = c.Token(1);
                    if (!ProtocolNames.IsValidName(name))
                    {
                        return ErrorCodes.IllegalParameterValue;
                    }

                    _settings.SourceName = name;
                    return ErrorCodes.None;
                case CommandId.ConfSrcQuery:
                    _out.Begin().AppendChar('"').Append(_settings.SourceName).AppendChar('"').Send();
                    return ErrorCodes.None;
                case CommandId.ConfStream:
                    bool on = c.TokenEquals(1, "ON");
                    if (!on && !c.TokenEquals(1, "OFF"))
                    {
                        return ErrorCodes.IllegalParameterValue;
                    }

                    _settings.Stream = on;
                    return ErrorCodes.None;
                case CommandId.ConfStreamQuery:
                    _out.WriteLine(_settings.Stream ? "ON" : "OFF");
                    return ErrorCodes.None;
            }

            return ErrorCodes.UndefinedHeader;
        }
    }
}
