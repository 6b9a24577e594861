namespace ImpedanceMeter.Core.Ports
{
    /// <summary>The keypad. The adapter debounces and classifies short and long presses.</summary>
    public interface IButtons
    {
        /// <summary>Returns the oldest pending event, or <see cref="ButtonEvent.None"/>.</summary>
        ButtonEvent Poll();
    }
}
