using ImpedanceMeter.Core.Text;

namespace ImpedanceMeter.Core.Verdict
{
    /// <summary>
    /// The built-in IEM library: the archetype models (<see cref="ArchetypeCurves"/>, computed
    /// from documented electrical models, labelled as models) followed by real products with
    /// their manufacturers' published nominal impedance only (<see cref="ManufacturerSpecs"/>).
    /// Each entry is an IEM1 text record kept as a string constant; the device parses one only
    /// when it is needed (<see cref="Create(int)"/>), name and nominal come straight from the
    /// record's fields (heap: parsing every curve at start-up allocated about 100 KB of garbage
    /// and kept about 3 KB of curves alive).
    /// </summary>
    public static class BuiltInIems
    {
        /// <summary>Number of built-in entries.</summary>
        public const int Count = ArchetypeCurves.Count + ManufacturerSpecs.Count;

        /// <summary>A fresh array of fresh profiles (callers may not share mutations).</summary>
        public static IemProfile[] Create()
        {
            IemProfile[] all = new IemProfile[Count];
            for (int i = 0; i < Count; i++)
            {
                all[i] = Create(i);
            }

            return all;
        }

        /// <summary>A fresh profile of entry <paramref name="index"/> alone (0 ≤ index &lt; <see cref="Count"/>).</summary>
        public static IemProfile Create(int index)
        {
            if (index < ArchetypeCurves.Count)
            {
                return ArchetypeCurves.Create(index);
            }

            string error;
            IemProfile p = IemTextCodec.FromText(Record(index), out error);
            if (p == null)
            {
                throw new System.InvalidOperationException("corrupt built-in IEM: " + error);
            }

            return p;
        }

        /// <summary>The IEM1 text record of entry <paramref name="index"/> (a constant).</summary>
        public static string Record(int index)
        {
            return index < ArchetypeCurves.Count ? ArchetypeCurves.Record(index) : ManufacturerSpecs.Record(index - ArchetypeCurves.Count);
        }

        /// <summary>Name of entry <paramref name="index"/>: field 1 of its record, without parsing the curve.</summary>
        public static string Name(int index)
        {
            return Field(Record(index), 1);
        }

        /// <summary>Nominal |Z| of entry <paramref name="index"/>, mΩ: field 3 of its record, without parsing the curve.</summary>
        public static int NominalMilliOhms(int index)
        {
            long value;
            return FixedFormat.TryParse(Field(Record(index), 3), 3, out value) ? (int)value : 0;
        }

        /// <summary>The '|'-separated field <paramref name="field"/> of <paramref name="record"/>.</summary>
        private static string Field(string record, int field)
        {
            int start = 0;
            for (int i = 0; i < field; i++)
            {
                start = record.IndexOf('|', start) + 1;
            }

            int end = record.IndexOf('|', start);
            return record.Substring(start, end - start);
        }
    }
}
