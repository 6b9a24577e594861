using ImpedanceMeter.Core.Measurement;

namespace ImpedanceMeter.Core.App
{
    /// <summary>The serial command service as the worker loop drives it (Protocol's SerialCommandService behind an adapter).</summary>
    public interface ISerialService
    {
        /// <summary>Does one short step of serial work (at most one command); true if it did something.</summary>
        bool Poll();

        /// <summary>Streams a result measured from the keypad to the PC logger.</summary>
        void PublishResult(MeasurementResult result);

        /// <summary>IEM selected over serial (IEM:SEL), or -1; the app adopts it when it changes.</summary>
        int SelectedIem { get; }

        /// <summary>Tells the protocol side which IEM the user picked on the keypad.</summary>
        void SelectIem(int index);
    }
}
