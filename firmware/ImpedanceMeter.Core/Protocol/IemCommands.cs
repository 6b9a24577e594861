namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>Handlers of IEM:… against an <see cref="IIemLibrary"/>, with a staged, all-or-nothing upload.</summary>
    public sealed class IemCommands
    {
        private readonly OutputLine _out;
        private readonly IIemLibrary _library;
        private readonly CurveUpload _upload = new CurveUpload();

        /// <summary>Handlers over <paramref name="library"/> writing to <paramref name="output"/>.</summary>
        public IemCommands(OutputLine output, IIemLibrary library)
        {
            _out = output;
            _library = library;
        }

        /// <summary>The upload in progress (for tests and the UI).</summary>
        public CurveUpload Upload
        {
            get { return _upload; }
        }

        /// <summary>Runs one command of this group; returns 0 or an error code.</summary>
        public int Execute(CommandId id, ParsedCommand c)
        {
            switch (id)
            {
                case CommandId.IemList:
                    for (int i = 0; i < _library.Count; i++)
                    {
                        _out.Begin().AppendInt(i).Append(",\"").Append(_library.NameAt(i)).Append("\",")
                            .AppendInt(i == _library.SelectedIndex ? 1 : 0).Send();
                    }

                    return ErrorCodes.None;
                case CommandId.IemSel:
                    int sel = Resolve(c, 1);
                    return sel < 0 ? ErrorCodes.IemNotFound : (_library.Select(sel) ? ErrorCodes.None : ErrorCodes.IemNotFound);
                case CommandId.IemSelQuery:
                    int current = _library.SelectedIndex;
                    _out.Begin().AppendInt(current).Append(",\"").Append(current >= 0 ? _library.NameAt(current) : string.Empty)
                        .AppendChar('"').Send();
                    return ErrorCodes.None;
                case CommandId.IemAdd:
                    return BeginUpload(c);
                case CommandId.IemPt:
                    long f;
                    long m;
                    long p;
                    if (!c.TryFixed(1, 3, out f) || !c.TryFixed(2, 3, out m) || !c.TryFixed(3, 2, out p))
                    {
                        return ErrorCodes.IllegalParameterValue;
                    }

                    return _upload.Add(f, m, p);
                case CommandId.IemEnd:
                    IemCurve curve = _upload.Complete();
                    if (curve == null)
                    {
                        return _upload.Active ? ErrorCodes.IemCurveInvalid : ErrorCodes.SettingsConflict;
                    }

                    int stored = Find(curve.Name) >= 0 ? ErrorCodes.IemNameExists : _library.Add(curve);
                    _upload.Abort();
                    return stored;
                case CommandId.IemAbort:
                    _upload.Abort();
                    return ErrorCodes.None;
                case CommandId.IemDel:
                    int del = Resolve(c, 1);
                    return del >= 0 ? _library.Delete(del) : ErrorCodes.IemNotFound;
                case CommandId.IemGet:
                    return WriteCurve(Resolve(c, 1));
            }

            return ErrorCodes.UndefinedHeader;
        }

        private int BeginUpload(ParsedCommand c)
        {
            long nominal = 0;
            long points = 0;
            bool numbers = c.TryFixed(2, 3, out nominal) && (c.ParameterCount < 3 || c.IsUnsignedInteger(3));
            if (!numbers)
            {
                return ErrorCodes.IllegalParameterValue;
            }

            if (c.ParameterCount == 3)
            {
                c.TryFixed(3, 0, out points);
            }

            string name = c.Token(1);
            if (ProtocolNames.IsValidIemName(name) && Find(name) >= 0)
            {
                return ErrorCodes.IemNameExists;
            }

            return _upload.Begin(name, nominal, points);
        }

        private int WriteCurve(int index)
        {
            IemCurve curve = index >= 0 ? _library.Get(index) : null;
            if (curve == null)
            {
                return ErrorCodes.IemNotFound;
            }

            _out.Begin().AppendChar('"').Append(curve.Name).Append("\",").AppendFixed(curve.NominalMilliOhms, 3, 3)
                .AppendChar(',').AppendInt(curve.PointCount).Send();
            for (int i = 0; i < curve.PointCount; i++)
            {
                _out.Begin().AppendFixed(curve.FrequencyMilliHertz[i], 3, 3).AppendChar(',')
                    .AppendFixed(curve.MagnitudeMilliOhms[i], 3, 3).AppendChar(',')
                    .AppendFixed(curve.PhaseCentiDegrees[i], 2, 2).Send();
            }

            return ErrorCodes.None;
        }

        private int Resolve(ParsedCommand c, int token)
        {
            if (c.IsUnsignedInteger(token))
            {
                long index;
                c.TryFixed(token, 0, out index);
                return index < _library.Count ? (int)index : -1;
            }

            return Find(c.Token(token));
        }

        private int Find(string name)
        {
            string upper = name.ToUpper();
            for (int i = 0; i < _library.Count; i++)
            {
                if (_library.NameAt(i).ToUpper() == upper)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
