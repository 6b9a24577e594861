namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>What the meter knows about its calibration, for the Home screen and CAL:STAT?.</summary>
    public sealed class CalibrationState
    {
        /// <summary>The open standard has been measured.</summary>
        public bool HasOpen;

        /// <summary>The short standard has been measured.</summary>
        public bool HasShort;

        /// <summary>The load standard has been measured.</summary>
        public bool HasLoad;

        /// <summary>Identifier that changes with every completed calibration (0 = none).</summary>
        public int CalibrationId;

        /// <summary>Device time of completion, seconds since boot or since the epoch if the clock is set.</summary>
        public long CompletedSeconds;

        /// <summary>True when open, short and load are all present for every range and frequency.</summary>
        public bool IsComplete
        {
            get { return HasOpen && HasShort && HasLoad; }
        }
    }
}
