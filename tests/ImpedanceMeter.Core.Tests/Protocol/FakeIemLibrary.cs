using ImpedanceMeter.Core.Protocol;

namespace ImpedanceMeter.Core.Tests.Protocol
{
    /// <summary>An array-backed IEM library with room for four curves.</summary>
    public sealed class FakeIemLibrary : IIemLibrary
    {
        private readonly IemCurve[] _curves = new IemCurve[4];
        private int _count;
        private int _selected = -1;

        public int Count
        {
            get { return _count; }
        }

        public int SelectedIndex
        {
            get { return _selected; }
        }

        public string NameAt(int index)
        {
            return _curves[index].Name;
        }

        public bool Select(int index)
        {
            if (index < 0 || index >= _count)
            {
                return false;
            }

            _selected = index;
            return true;
        }

        public int Add(IemCurve curve)
        {
            if (_count == _curves.Length)
            {
                return ErrorCodes.IemLibraryFull;
            }

            IemCurve copy = new IemCurve(curve.PointCount);
            copy.Name = curve.Name;
            copy.NominalMilliOhms = curve.NominalMilliOhms;
            copy.PointCount = curve.PointCount;
            System.Array.Copy(curve.FrequencyMilliHertz, copy.FrequencyMilliHertz, curve.PointCount);
            System.Array.Copy(curve.MagnitudeMilliOhms, copy.MagnitudeMilliOhms, curve.PointCount);
            System.Array.Copy(curve.PhaseCentiDegrees, copy.PhaseCentiDegrees, curve.PointCount);
            _curves[_count++] = copy;
            return ErrorCodes.None;
        }

        public int Delete(int index)
        {
            if (index < 0 || index >= _count)
            {
                return ErrorCodes.IemNotFound;
            }

            for (int i = index; i < _count - 1; i++)
            {
                _curves[i] = _curves[i + 1];
            }

            _count--;
            _curves[_count] = null;
            if (_selected == index)
            {
                _selected = -1;
            }
            else if (_selected > index)
            {
                _selected--;
            }

            return ErrorCodes.None;
        }

        public IemCurve Get(int index)
        {
            return index >= 0 && index < _count ? _curves[index] : null;
        }

        /// <summary>A fingerprint of everything stored, to prove nothing changed.</summary>
        public string Snapshot()
        {
            string s = _count.ToString() + "/" + _selected.ToString();
            for (int i = 0; i < _count; i++)
            {
                s = s + "|" + _curves[i].Name + ":" + _curves[i].PointCount.ToString();
            }

            return s;
        }
    }
}
