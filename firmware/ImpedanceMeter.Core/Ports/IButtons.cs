namespace ImpedanceMeter.Core.Ports
{
    /// <summary>The keypad: debounced events, short press or long press (back).</summary>
    public interface IButtons
    {
        /// <summary>Returns the oldest pending event, or <see cref="ButtonEvent.None"/>.</summary>
        ButtonEvent Poll();
    }
}
