using ImpedanceMeter.Core.Protocol;

namespace ImpedanceMeter.Cli.Protocol;

/// <summary>
/// An in-memory IEM library behind the protocol seam, for the virtual meter until the device
/// library (branch verdict) is adapted to <see cref="IIemLibrary"/>. Holds up to 16 curves.
/// </summary>
public sealed class MemoryIemLibrary : IIemLibrary
{
    public const int Capacity = 16;
    private readonly List<IemCurve> _curves = new();

    public int Count => _curves.Count;
    public int SelectedIndex { get; private set; } = -1;
    public string NameAt(int index) => _curves[index].Name;

    public bool Select(int index)
    {
        if (index < 0 || index >= _curves.Count)
        {
            return false;
        }

        SelectedIndex = index;
        return true;
    }

    public int Add(IemCurve curve)
    {
        if (_curves.Count == Capacity)
        {
            return ErrorCodes.IemLibraryFull;
        }

        var copy = new IemCurve(curve.PointCount)
        {
            Name = curve.Name,
            NominalMicroOhms = curve.NominalMicroOhms,
            PointCount = curve.PointCount,
        };
        Array.Copy(curve.FrequencyMilliHertz, copy.FrequencyMilliHertz, curve.PointCount);
        Array.Copy(curve.MagnitudeMicroOhms, copy.MagnitudeMicroOhms, curve.PointCount);
        Array.Copy(curve.PhaseMilliDegrees, copy.PhaseMilliDegrees, curve.PointCount);
        _curves.Add(copy);
        return ErrorCodes.None;
    }

    public bool Delete(int index)
    {
        if (index < 0 || index >= _curves.Count)
        {
            return false;
        }

        _curves.RemoveAt(index);
        SelectedIndex = SelectedIndex == index ? -1 : (SelectedIndex > index ? SelectedIndex - 1 : SelectedIndex);
        return true;
    }

    public IemCurve? Get(int index) => index >= 0 && index < _curves.Count ? _curves[index] : null;

    IemCurve IIemLibrary.Get(int index) => Get(index)!;
}
