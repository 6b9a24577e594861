namespace ImpedanceMeter.Core.Ports
{
    /// <summary>A debounced button event from the three-button keypad.</summary>
    public enum ButtonEvent
    {
        /// <summary>Nothing happened since the last poll.</summary>
        None = 0,

        /// <summary>Short press of Up.</summary>
        Up = 1,

        /// <summary>Short press of Down.</summary>
        Down = 2,

        /// <summary>Short press of Select.</summary>
        Select = 3,

        /// <summary>Long press of Select (back).</summary>
        Back = 4,
    }
}
