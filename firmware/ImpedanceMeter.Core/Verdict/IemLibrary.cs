namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// The IEMs the meter knows: the built-ins (<see cref="BuiltInIems"/>, read-only) followed by
    /// the user's entries (added, replaced or deleted at run time, at most a fixed number to bound
    /// the heap). Index i runs over built-ins first. Names are unique, compared ignoring ASCII case.
    /// User entries persist as concatenated <see cref="IemRecordCodec"/> records
    /// (<see cref="SaveUserEntries"/> / <see cref="LoadUserEntries(byte[], int)"/>).
    /// Heap: built-ins are parsed lazily, one at a time: the library keeps their names and nominal
    /// values (read from the records' fields) and the one built-in profile last asked for.
    /// </summary>
    public sealed class IemLibrary
    {
        /// <summary>Default user capacity: 8 profiles of up to ~1 KB of heap each.</summary>
        public const int DefaultMaxUserEntries = 8;

        private readonly string[] _builtInNames;
        private readonly int[] _builtInNominals;
        private readonly IemProfile[] _user;
        private int _userCount;
        private IemProfile _lastBuiltIn;
        private int _lastBuiltInIndex = -1;

        /// <summary>A library with the built-ins and room for <see cref="DefaultMaxUserEntries"/> user entries.</summary>
        public IemLibrary()
            : this(DefaultMaxUserEntries)
        {
        }

        /// <summary>A library with the built-ins and room for <paramref name="maxUserEntries"/> user entries.</summary>
        public IemLibrary(int maxUserEntries)
        {
            _builtInNames = new string[BuiltInIems.Count];
            _builtInNominals = new int[BuiltInIems.Count];
            for (int i = 0; i < BuiltInIems.Count; i++)
            {
                _builtInNames[i] = BuiltInIems.Name(i);
                _builtInNominals[i] = BuiltInIems.NominalMilliOhms(i);
            }

            _user = new IemProfile[maxUserEntries < 0 ? 0 : maxUserEntries];
        }

        /// <summary>Built-ins plus user entries.</summary>
        public int Count
        {
            get { return _builtInNames.Length + _userCount; }
        }

        /// <summary>Number of built-in entries (indices 0 … BuiltInCount − 1).</summary>
        public int BuiltInCount
        {
            get { return _builtInNames.Length; }
        }

        /// <summary>Number of user entries.</summary>
        public int UserCount
        {
            get { return _userCount; }
        }

        /// <summary>Most user entries this library holds.</summary>
        public int MaxUserEntries
        {
            get { return _user.Length; }
        }

        /// <summary>
        /// The entry at <paramref name="index"/> (0 ≤ index &lt; Count). A built-in is parsed from its
        /// record when asked for and kept until another built-in is asked for (one at a time).
        /// </summary>
        public IemProfile Get(int index)
        {
            if (index < 0 || index >= Count)
            {
                throw new System.ArgumentOutOfRangeException("index");
            }

            if (index >= _builtInNames.Length)
            {
                return _user[index - _builtInNames.Length];
            }

            if (index != _lastBuiltInIndex)
            {
                _lastBuiltIn = null;
                _lastBuiltIn = BuiltInIems.Create(index);
                _lastBuiltInIndex = index;
            }

            return _lastBuiltIn;
        }

        /// <summary>Name of the entry at <paramref name="index"/> (0 ≤ index &lt; Count), without parsing a built-in's curve.</summary>
        public string Name(int index)
        {
            if (index < 0 || index >= Count)
            {
                throw new System.ArgumentOutOfRangeException("index");
            }

            return index < _builtInNames.Length ? _builtInNames[index] : _user[index - _builtInNames.Length].Name;
        }

        /// <summary>Nominal |Z| of the entry at <paramref name="index"/>, mΩ, without parsing a built-in's curve.</summary>
        public int NominalMilliOhms(int index)
        {
            if (index < 0 || index >= Count)
            {
                throw new System.ArgumentOutOfRangeException("index");
            }

            return index < _builtInNames.Length ? _builtInNominals[index] : _user[index - _builtInNames.Length].NominalMilliOhms;
        }

        /// <summary>True when the entry at <paramref name="index"/> is built in (cannot be deleted).</summary>
        public bool IsBuiltIn(int index)
        {
            return index >= 0 && index < _builtInNames.Length;
        }

        /// <summary>Index of the entry named <paramref name="name"/> (ASCII case ignored), or -1.</summary>
        public int Find(string name)
        {
            if (name == null)
            {
                return -1;
            }

            string key = name.ToLower();
            for (int i = 0; i < Count; i++)
            {
                if (Name(i).ToLower() == key)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// Adds a user entry, or replaces the user entry of the same name when
        /// <paramref name="replace"/> is true. Returns null on success, else the reason (invalid
        /// profile, name taken, built-in name, library full); the library is unchanged on failure.
        /// </summary>
        public string Add(IemProfile profile, bool replace)
        {
            string error = profile == null ? "no profile" : profile.Validate();
            if (error != null)
            {
                return error;
            }

            int existing = Find(profile.Name);
            if (existing >= 0)
            {
                if (IsBuiltIn(existing))
                {
                    return "name is a built-in IEM";
                }

                if (!replace)
                {
                    return "an IEM with this name exists";
                }

                _user[existing - _builtInNames.Length] = profile;
                return null;
            }

            if (_userCount >= _user.Length)
            {
                return "user library full (" + _user.Length.ToString() + " entries)";
            }

            _user[_userCount++] = profile;
            return null;
        }

        /// <summary>Deletes the user entry named <paramref name="name"/>; false if absent or built in.</summary>
        public bool Delete(string name)
        {
            int index = Find(name);
            if (index < 0 || IsBuiltIn(index))
            {
                return false;
            }

            for (int i = index - _builtInNames.Length; i < _userCount - 1; i++)
            {
                _user[i] = _user[i + 1];
            }

            _user[--_userCount] = null;
            return true;
        }

        /// <summary>The user entries as concatenated binary records (empty array when there are none).</summary>
        public byte[] SaveUserEntries()
        {
            byte[][] records = new byte[_userCount][];
            int total = 0;
            for (int i = 0; i < _userCount; i++)
            {
                records[i] = IemRecordCodec.ToBytes(_user[i]);
                total += records[i].Length;
            }

            byte[] blob = new byte[total];
            int at = 0;
            for (int i = 0; i < _userCount; i++)
            {
                System.Array.Copy(records[i], 0, blob, at, records[i].Length);
                at += records[i].Length;
            }

            return blob;
        }

        /// <summary>
        /// Replaces the user entries with the records in the first <paramref name="length"/> bytes of
        /// <paramref name="blob"/>. A record that fails its CRC or validation is skipped; reading
        /// stops at a broken header. Returns the number of records skipped (0 when all loaded).
        /// </summary>
        public int LoadUserEntries(byte[] blob, int length)
        {
            return LoadUserEntries(blob, 0, length);
        }

        /// <summary>As <see cref="LoadUserEntries(byte[], int)"/> on <paramref name="length"/> bytes of <paramref name="blob"/> from <paramref name="offset"/>.</summary>
        public int LoadUserEntries(byte[] blob, int offset, int length)
        {
            for (int i = 0; i < _userCount; i++)
            {
                _user[i] = null;
            }

            _userCount = 0;
            int skipped = 0;
            int at = offset;
            int end = offset + length;
            while (blob != null && at < end)
            {
                int recordLength = IemRecordCodec.PeekLength(blob, at, end - at);
                if (recordLength <= 0 || recordLength > end - at)
                {
                    skipped++;
                    break;
                }

                string error;
                IemProfile p = IemRecordCodec.FromBytes(blob, at, recordLength, out error);
                if (p == null || Add(p, false) != null)
                {
                    skipped++;
                }

                at += recordLength;
            }

            return skipped;
        }
    }
}
