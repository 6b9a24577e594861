namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>
    /// Staging area of an IEM upload (IEM:ADD, IEM:PT…, IEM:END). Nothing reaches the library
    /// until the announced number of valid points has arrived and IEM:END commits them.
    /// </summary>
    public sealed class CurveUpload
    {
        /// <summary>Largest |Z| or nominal accepted, mΩ (1 MΩ, the library's limit).</summary>
        public const int MaxMilliOhms = 1000000000;

        /// <summary>Highest curve frequency accepted, mHz (1 MHz).</summary>
        public const int MaxMilliHertz = 1000000000;

        private readonly IemCurve _curve = new IemCurve(ProtocolInfo.MaxCurvePoints);
        private int _expected;
        private bool _active;

        /// <summary>True between IEM:ADD and IEM:END/IEM:ABORT.</summary>
        public bool Active
        {
            get { return _active; }
        }

        /// <summary>Points received so far.</summary>
        public int Received
        {
            get { return _curve.PointCount; }
        }

        /// <summary>Starts an upload; returns 0 or an error code (nothing changes on error).</summary>
        public int Begin(string name, long nominalMilliOhms, long points)
        {
            if (!ProtocolNames.IsValidIemName(name))
            {
                return ErrorCodes.IllegalParameterValue;
            }

            if (nominalMilliOhms <= 0 || nominalMilliOhms > MaxMilliOhms || points < 0 || points > ProtocolInfo.MaxCurvePoints)
            {
                return ErrorCodes.DataOutOfRange;
            }

            _curve.Name = name;
            _curve.NominalMilliOhms = (int)nominalMilliOhms;
            _curve.PointCount = 0;
            _expected = (int)points;
            _active = true;
            return ErrorCodes.None;
        }

        /// <summary>Adds one point; returns 0 or an error code (nothing changes on error).</summary>
        public int Add(long frequencyMilliHertz, long magnitudeMilliOhms, long phaseCentiDegrees)
        {
            if (!_active || _curve.PointCount == _expected)
            {
                return ErrorCodes.SettingsConflict;
            }

            if (frequencyMilliHertz <= 0 || frequencyMilliHertz > MaxMilliHertz || magnitudeMilliOhms <= 0
                || magnitudeMilliOhms > MaxMilliOhms || phaseCentiDegrees < -9000 || phaseCentiDegrees > 9000)
            {
                return ErrorCodes.DataOutOfRange;
            }

            int n = _curve.PointCount;
            if (n > 0 && frequencyMilliHertz <= _curve.FrequencyMilliHertz[n - 1])
            {
                return ErrorCodes.IemCurveInvalid;
            }

            _curve.FrequencyMilliHertz[n] = (int)frequencyMilliHertz;
            _curve.MagnitudeMilliOhms[n] = (int)magnitudeMilliOhms;
            _curve.PhaseCentiDegrees[n] = (int)phaseCentiDegrees;
            _curve.PointCount = n + 1;
            return ErrorCodes.None;
        }

        /// <summary>The staged curve when complete, or null (upload inactive or points missing).</summary>
        public IemCurve Complete()
        {
            return _active && _curve.PointCount == _expected ? _curve : null;
        }

        /// <summary>Drops the upload.</summary>
        public void Abort()
        {
            _active = false;
            _curve.PointCount = 0;
        }
    }
}
