using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Core.Protocol
{
    /// <summary>
    /// The device's <see cref="IemLibrary"/> (built-ins first, then user entries) behind the
    /// protocol seam. Holds the selection, which the app reads through <see cref="SelectedIndex"/>.
    /// Uploaded curves become user profiles with origin <see cref="IemOrigin.UserMeasurement"/>.
    /// </summary>
    public sealed class IemLibraryAdapter : IIemLibrary
    {
        /// <summary>The <see cref="IemProfile.Source"/> text of curves uploaded over serial.</summary>
        public const string UploadSource = "uploaded over serial";

        private readonly IemLibrary _library;
        private int _selected = -1;

        /// <summary>Adapts <paramref name="library"/>.</summary>
        public IemLibraryAdapter(IemLibrary library)
        {
            _library = library;
        }

        /// <summary>The adapted library.</summary>
        public IemLibrary Library
        {
            get { return _library; }
        }

        /// <summary>Number of entries, built-ins included.</summary>
        public int Count
        {
            get { return _library.Count; }
        }

        /// <summary>Index of the selected entry, or −1.</summary>
        public int SelectedIndex
        {
            get { return _selected < _library.Count ? _selected : -1; }
        }

        /// <summary>Name of entry <paramref name="index"/>.</summary>
        public string NameAt(int index)
        {
            return _library.Name(index);
        }

        /// <summary>Selects entry <paramref name="index"/>.</summary>
        public bool Select(int index)
        {
            if (index < 0 || index >= _library.Count)
            {
                return false;
            }

            _selected = index;
            return true;
        }

        /// <summary>Adds <paramref name="curve"/> as a user profile; 0, 202 (full), 204 (name taken) or 203 (invalid).</summary>
        public int Add(IemCurve curve)
        {
            IemProfile p = new IemProfile();
            p.Name = curve.Name;
            p.NominalMilliOhms = curve.NominalMilliOhms;
            p.Origin = IemOrigin.UserMeasurement;
            p.Source = UploadSource;
            p.FrequencyMilliHertz = new int[curve.PointCount];
            p.MagnitudeMilliOhms = new int[curve.PointCount];
            p.PhaseCentiDegrees = new int[curve.PointCount];
            System.Array.Copy(curve.FrequencyMilliHertz, p.FrequencyMilliHertz, curve.PointCount);
            System.Array.Copy(curve.MagnitudeMilliOhms, p.MagnitudeMilliOhms, curve.PointCount);
            System.Array.Copy(curve.PhaseCentiDegrees, p.PhaseCentiDegrees, curve.PointCount);
            if (p.Validate() != null)
            {
                return ErrorCodes.IemCurveInvalid;
            }

            if (_library.Find(p.Name) >= 0)
            {
                return ErrorCodes.IemNameExists;
            }

            if (_library.UserCount >= _library.MaxUserEntries)
            {
                return ErrorCodes.IemLibraryFull;
            }

            return _library.Add(p, false) == null ? ErrorCodes.None : ErrorCodes.IemCurveInvalid;
        }

        /// <summary>Deletes user entry <paramref name="index"/>; built-ins are read-only.</summary>
        public int Delete(int index)
        {
            if (index < 0 || index >= _library.Count)
            {
                return ErrorCodes.IemNotFound;
            }

            if (_library.IsBuiltIn(index))
            {
                return ErrorCodes.IemReadOnly;
            }

            _library.Delete(_library.Name(index));
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

        /// <summary>Entry <paramref name="index"/> as a transfer curve, or null.</summary>
        public IemCurve Get(int index)
        {
            if (index < 0 || index >= _library.Count)
            {
                return null;
            }

            IemProfile p = _library.Get(index);
            int n = p.CurveCount;
            IemCurve c = new IemCurve(n);
            c.Name = p.Name;
            c.NominalMilliOhms = p.NominalMilliOhms;
            c.PointCount = n;
            System.Array.Copy(p.FrequencyMilliHertz, c.FrequencyMilliHertz, n);
            System.Array.Copy(p.MagnitudeMilliOhms, c.MagnitudeMilliOhms, n);
            System.Array.Copy(p.PhaseCentiDegrees, c.PhaseCentiDegrees, n);
            return c;
        }
    }
}
