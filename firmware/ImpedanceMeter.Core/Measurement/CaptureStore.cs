namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>
    /// Preallocated storage for the captures of one measurement: per-period accumulators in three
    /// flat int arrays (12 bytes per period) and a fixed number of headers. Nothing is allocated
    /// after construction, so acquisition never triggers the GC.
    /// </summary>
    public sealed class CaptureStore
    {
        /// <summary>Per period: Σ code·cos (Q14 references).</summary>
        public readonly int[] PeriodCos;

        /// <summary>Per period: Σ code·sin (Q14 references).</summary>
        public readonly int[] PeriodSin;

        /// <summary>Per period: duration from its start to the next period's start, µs.</summary>
        public readonly int[] PeriodMicros;

        /// <summary>Capture headers; the first <see cref="Count"/> are in use.</summary>
        public readonly CaptureHeader[] Headers;

        private int _count;
        private int _periodsUsed;

        /// <summary>Creates a store for up to <paramref name="maxCaptures"/> captures and <paramref name="maxPeriods"/> periods in all.</summary>
        public CaptureStore(int maxCaptures, int maxPeriods)
        {
            PeriodCos = new int[maxPeriods];
            PeriodSin = new int[maxPeriods];
            PeriodMicros = new int[maxPeriods];
            Headers = new CaptureHeader[maxCaptures];
            for (int i = 0; i < maxCaptures; i++)
            {
                Headers[i] = new CaptureHeader();
            }
        }

        /// <summary>Captures in use.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Periods in use.</summary>
        public int PeriodsUsed
        {
            get { return _periodsUsed; }
        }

        /// <summary>Forgets every capture.</summary>
        public void Clear()
        {
            _count = 0;
            _periodsUsed = 0;
        }

        /// <summary>
        /// Reserves a capture of <paramref name="periods"/> periods; returns its index, or −1 when
        /// the store is full (or the count is negative or beyond what a header holds). The header's description fields are the caller's to fill.
        /// </summary>
        public int Reserve(int periods)
        {
            if (_count >= Headers.Length || periods < 0 || periods > CaptureHeader.MaxWord || _periodsUsed > CaptureHeader.MaxWord
                || _periodsUsed + periods > PeriodCos.Length)
            {
                return -1;
            }

            CaptureHeader h = Headers[_count];
            h.FirstPeriod = _periodsUsed;
            h.Periods = periods;
            _periodsUsed += periods;
            return _count++;
        }

        /// <summary>Drops the most recent capture (used when it is retaken with other settings).</summary>
        public void DropLast()
        {
            if (_count > 0)
            {
                _count--;
                _periodsUsed = Headers[_count].FirstPeriod;
            }
        }

        /// <summary>Index of the latest capture matching the description, or −1.</summary>
        public int FindLatest(CaptureRole role, int leg, int range, int steps)
        {
            return FindLatest(role, leg, range, steps, -1, -1);
        }

        /// <summary>
        /// As <see cref="FindLatest(CaptureRole, int, int, int)"/>, the spot frequency given by its record length and
        /// <paramref name="cycles"/> (tone periods per record; −1: any, as the stream plan needs: one record length for all),
        /// in phase-reference session <paramref name="session"/> (−1: any session).
        /// </summary>
        public int FindLatest(CaptureRole role, int leg, int range, int steps, int cycles, int session)
        {
            for (int i = _count - 1; i >= 0; i--)
            {
                CaptureHeader h = Headers[i];
                bool legMatters = role != CaptureRole.Unloaded;
                bool rangeMatters = role == CaptureRole.Unloaded || role == CaptureRole.Loaded;
                bool stepsMatter = role == CaptureRole.Unloaded || role == CaptureRole.Loaded;
                if (h.Role == role && (!legMatters || h.Leg == leg) && (!rangeMatters || h.Range == range) && (!stepsMatter || (h.Steps == steps && (cycles < 0 || h.Cycles == cycles))) && (session < 0 || h.Session == session))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
