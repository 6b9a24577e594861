namespace ImpedanceMeter.Core.Ports
{
    /// <summary>
    /// Relays and analog switches of the front end: shunt range, which jack leg is driven and
    /// sensed, how the source is connected (<see cref="FixtureMode"/>), and the sense gain.
    /// Indices refer to hardware/frontend.json; the adapter maps them to GPIO levels only.
    /// </summary>
    public interface IFixture
    {
        /// <summary>Selects the shunt range (index into frontend.json "shunts").</summary>
        void SelectRange(int rangeIndex);

        /// <summary>Routes force and sense to one jack leg (a <see cref="Measurement.Leg"/> value, 0–5).</summary>
        void SelectLeg(int leg);

        /// <summary>Sets the connection mode: unloaded, loaded or listen.</summary>
        void SetMode(FixtureMode mode);

        /// <summary>Selects the sense amplifier gain (index into frontend.json "sense.gains").</summary>
        void SelectGain(int gainIndex);

        /// <summary>Safe state: force relay open, lowest gain, generator disconnected from every leg.</summary>
        void Safe();

        /// <summary>Milliseconds the relays need to settle after any change (datasheet operate time + bounce).</summary>
        int SettleMilliseconds { get; }
    }
}
