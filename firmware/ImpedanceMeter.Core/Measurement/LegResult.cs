namespace ImpedanceMeter.Core.Measurement
{
    /// <summary>All points measured on one leg, with the model fitted to them.</summary>
    public sealed class LegResult
    {
        /// <summary>The leg.</summary>
        public Leg Leg;

        /// <summary>One point per measured frequency, ascending.</summary>
        public ZoutPoint[] Points;

        /// <summary>The R + C + L model fitted to <see cref="Points"/>.</summary>
        public ZoutModel Model;

        /// <summary>Worst status among the points (Ok only if every point is Ok).</summary>
        public MeasurementStatus Status;
    }
}
