namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>
    /// The IEM library as the protocol needs it (a seam: the device's library adapts to it).
    /// Indices run 0…Count−1 and may shift after <see cref="Delete"/>.
    /// </summary>
    public interface IIemLibrary
    {
        /// <summary>Number of stored curves.</summary>
        int Count { get; }

        /// <summary>Name of curve <paramref name="index"/>.</summary>
        string NameAt(int index);

        /// <summary>Index of the selected curve, or −1.</summary>
        int SelectedIndex { get; }

        /// <summary>Selects curve <paramref name="index"/>; false if it does not exist.</summary>
        bool Select(int index);

        /// <summary>Stores a copy of <paramref name="curve"/>; returns 0 or an <see cref="ErrorCodes"/> 2xx code.</summary>
        int Add(IemCurve curve);

        /// <summary>Deletes curve <paramref name="index"/>; returns 0, 201 (no such curve) or 205 (read-only built-in).</summary>
        int Delete(int index);

        /// <summary>Curve <paramref name="index"/>, or null.</summary>
        IemCurve Get(int index);
    }
}
