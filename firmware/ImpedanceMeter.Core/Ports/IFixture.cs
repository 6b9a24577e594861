namespace ImpedanceMeter.Core.Ports
{
    /// <summary>
    /// Relays and analog switches of the front end: shunt range, which jack leg is driven and
    /// sensed, whether the source is connected (loaded) or not (unloaded), and the sense gain.
    /// Indices refer to hardware/frontend.json; the adapter maps them to GPIO levels only.
    /// </summary>
    public interface IFixture
    {
        /// <summary>Selects the shunt range (index into frontend.json "shunts").</summary>
        void SelectRange(int rangeIndex);

        /// <summary>Routes force and sense to one jack leg (a <see cref="Measurement.Leg"/> value).</summary>
        void SelectLeg(int leg);

        /// <summary>Closes (true) or opens (false) the relay that connects the source to the generator.</summary>
        void Connect(bool connected);

        /// <summary>Selects the sense amplifier gain (index into frontend.json "sense_gains").</summary>
        void SelectGain(int gainIndex);

        /// <summary>Safe state: source disconnected, smallest current range off, gain lowest.</summary>
        void Safe();

        /// <summary>Milliseconds the relays need to settle after any change (datasheet operate time + bounce).</summary>
        int SettleMilliseconds { get; }
    }
}
