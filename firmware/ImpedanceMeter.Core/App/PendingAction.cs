namespace ImpedanceMeter.Core.App
{
    /// <summary>Long work the next loop step will run (after the screen says it is coming).</summary>
    public enum PendingAction
    {
        /// <summary>Nothing queued.</summary>
        None = 0,

        /// <summary>Measure every leg of the selected jack.</summary>
        Measure = 1,

        /// <summary>Measure the calibration standard shown on the Calibrate screen.</summary>
        CalibrateStep = 2,
    }
}
