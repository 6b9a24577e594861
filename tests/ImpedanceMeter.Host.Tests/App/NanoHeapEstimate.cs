using System.Reflection;

namespace ImpedanceMeter.Host.Tests.App;

/// <summary>
/// Bytes an object graph would take on the nanoCLR's managed heap, estimated from the host objects by reflection.
/// The nanoCLR lays out a class instance as one 12-byte CLR_RT_HeapBlock for the object header followed by one
/// per instance field, whatever the field's type (nf-interpreter src/CLR/Core/Execution.cpp, CopyValueType walks
/// the fields one heap block each; CLR_RT_HeapBlock is 12 bytes on 32-bit targets). An array is a 20-byte header
/// (a heap block, the element count and element type) followed by its elements packed at their own size for
/// numeric types (1, 2, 4 or 8 bytes) and one 12-byte heap block per element otherwise; a string is a header and
/// its UTF-8 bytes with a terminator. So an object with many small fields costs more on the device than on the
/// host (x64: 16-byte header, fields packed), and an int array the same.
/// </summary>
public static class NanoHeapEstimate
{
    /// <summary>Size of one CLR_RT_HeapBlock on a 32-bit nanoCLR, bytes.</summary>
    public const int HeapBlockBytes = 12;

    /// <summary>Array header on the nanoCLR (CLR_RT_HeapBlock_Array: a heap block plus element count and type), bytes.</summary>
    public const int ArrayHeaderBytes = 20;

    /// <summary>
    /// Walks every object reachable from <paramref name="roots"/> through instance fields and array elements, once
    /// each, counting objects whose type <paramref name="counted"/> accepts, and all arrays and strings they reach.
    /// Returns device bytes; <paramref name="hostBytes"/> gets the same graph's x64 size, for comparison with the
    /// host's own allocation counts.
    /// </summary>
    public static long Bytes(object[] roots, Func<Type, bool> counted, out long hostBytes)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>(roots);
        long device = 0;
        hostBytes = 0;
        while (pending.Count > 0)
        {
            object o = pending.Pop();
            Type t = o.GetType();
            if (!(t.IsArray || t == typeof(string) || counted(t)) || !seen.Add(o))
            {
                continue;
            }

            if (o is string s)
            {
                device += ArrayHeaderBytes + System.Text.Encoding.UTF8.GetByteCount(s) + 1;
                hostBytes += 22 + (2 * s.Length);
            }
            else if (o is Array a)
            {
                Type e = t.GetElementType()!;
                bool numeric = e.IsPrimitive || e.IsEnum;
                device += ArrayHeaderBytes + ((long)a.Length * (numeric ? PrimitiveBytes(e) : HeapBlockBytes));
                hostBytes += 24 + ((long)a.Length * (numeric ? PrimitiveBytes(e) : 8));
                if (!e.IsValueType)
                {
                    foreach (object? item in a)
                    {
                        if (item != null)
                        {
                            pending.Push(item);
                        }
                    }
                }
            }
            else
            {
                var fields = InstanceFields(t);
                device += HeapBlockBytes * (fields.Count + 1L);
                hostBytes += 16 + fields.Sum(f => f.FieldType.IsPrimitive || f.FieldType.IsEnum ? PrimitiveBytes(f.FieldType) : 8);
                foreach (var f in fields)
                {
                    if (!f.FieldType.IsValueType && f.GetValue(o) is object child)
                    {
                        pending.Push(child);
                    }
                }
            }
        }

        return device;
    }

    private static int PrimitiveBytes(Type t)
    {
        Type u = t.IsEnum ? Enum.GetUnderlyingType(t) : t;
        return u == typeof(long) || u == typeof(ulong) || u == typeof(double) ? 8
            : u == typeof(int) || u == typeof(uint) || u == typeof(float) ? 4
            : u == typeof(short) || u == typeof(ushort) || u == typeof(char) ? 2
            : 1;
    }

    private static List<FieldInfo> InstanceFields(Type t)
    {
        var fields = new List<FieldInfo>();
        for (Type? c = t; c != null && c != typeof(object); c = c.BaseType)
        {
            fields.AddRange(c.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        }

        return fields;
    }
}
