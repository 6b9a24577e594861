using ImpedanceMeter.Core.Verdict;

namespace ImpedanceMeter.Core.App
{
    /// <summary>The user entries of the IEM library as a stored record ("iemlib", type 2, version 1); built-ins live in code.</summary>
    public sealed class LibraryPayload : IRecordPayload
    {
        private readonly IemLibrary _library;

        /// <summary>Stores the user entries of <paramref name="library"/>.</summary>
        public LibraryPayload(IemLibrary library)
        {
            _library = library;
        }

        /// <summary>"iemlib".</summary>
        public string RecordName
        {
            get { return "iemlib"; }
        }

        /// <summary>2.</summary>
        public byte RecordType
        {
            get { return 2; }
        }

        /// <summary>1 (the per-entry layout carries its own <see cref="IemRecordCodec.Version"/>).</summary>
        public byte RecordVersion
        {
            get { return 1; }
        }

        /// <summary>Concatenated IEM records; -1 if they exceed the buffer.</summary>
        public int Encode(byte[] buffer)
        {
            byte[] blob = _library.SaveUserEntries();
            if (blob.Length > buffer.Length)
            {
                return -1;
            }

            System.Array.Copy(blob, 0, buffer, 0, blob.Length);
            return blob.Length;
        }

        /// <summary>Loads the user entries; false if any record had to be skipped (the valid ones stay loaded).</summary>
        public bool Decode(byte[] buffer, int offset, int length)
        {
            return _library.LoadUserEntries(buffer, offset, length) == 0;
        }
    }
}
