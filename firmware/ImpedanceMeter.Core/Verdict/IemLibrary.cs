namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// The IEMs the meter knows: the built-ins (<see cref="BuiltInIems"/>, read-only) followed by
    /// the user's entries (added, replaced or deleted at run time, at most a fixed number to bound
    /// the heap). Index i runs over built-ins first. Names are unique, compared ignoring ASCII case.
    /// User entries persist as concatenated <see cref="IemRecordCodec"/> records
    /// (<see cref="SaveUserEntries"/> / <see cref="LoadUserEntries"/>).
    /// </summary>
    public sealed class IemLibrary
    {
        /// <summary>Default user capacity: 8 profiles of up to ~1 KB of heap each.</summary>
        public const int DefaultMaxUserEntries = 8;

        private readonly IemProfile[] _builtIns;
        private readonly IemProfile[] _user;
        private int _userCount;

        /// <summary>A library with the built-ins and room for <see cref="DefaultMaxUserEntries"/> user entries.</summary>
        public IemLibrary()
            : this(DefaultMaxUserEntries)
        {
        }

        /// <summary>A library with the built-ins and room for <paramref name="maxUserEntries"/> user entries.</summary>
        public IemLibrary(int maxUserEntries)
        {
            _builtIns = BuiltInIems.Create();
            _user = new IemProfile[maxUserEntries < 0 ? 0 : maxUserEntries];
        }

        /// <summary>Built-ins plus user entries.</summary>
        public int Count
        {
            get { return _builtIns.Length + _userCount; }
        }

        /// <summary>Number of built-in entries (indices 0 … BuiltInCount − 1).</summary>
        public int BuiltInCount
        {
            get { return _builtIns.Length; }
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

        /// <summary>The entry at <paramref name="index"/> (0 ≤ index &lt; Count).</summary>
        public IemProfile Get(int index)
        {
            if (index < 0 || index >= Count)
            {
                throw new System.ArgumentOutOfRangeException("index");
            }

            return index < _builtIns.Length ? _builtIns[index] : _user[index - _builtIns.Length];
        }

        /// <summary>True when the entry at <paramref name="index"/> is built in (cannot be deleted).</summary>
        public bool IsBuiltIn(int index)
        {
            return index >= 0 && index < _builtIns.Length;
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
                if (Get(i).Name.ToLower() == key)
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

                _user[existing - _builtIns.Length] = profile;
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

            for (int i = index - _builtIns.Length; i < _userCount - 1; i++)
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
            for (int i = 0; i < _userCount; i++)
            {
                _user[i] = null;
            }

            _userCount = 0;
            int skipped = 0;
            int at = 0;
            while (blob != null && at < length)
            {
                int recordLength = IemRecordCodec.PeekLength(blob, at, length - at);
                if (recordLength <= 0 || recordLength > length - at)
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
