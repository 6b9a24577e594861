using ImpedanceMeter.Core.Ports;

namespace ImpedanceMeter.Host.Tests.App;

/// <summary>In-memory blob store for host tests.</summary>
public sealed class DictionaryStore : IStore
{
    public Dictionary<string, byte[]> Blobs { get; } = new(StringComparer.Ordinal);

    public int Read(string name, byte[] buffer)
    {
        if (!Blobs.TryGetValue(name, out var blob))
        {
            return -1;
        }

        Array.Copy(blob, buffer, Math.Min(blob.Length, buffer.Length));
        return blob.Length;
    }

    public bool Write(string name, byte[] data, int length)
    {
        Blobs[name] = data[..length];
        return true;
    }

    public void Delete(string name) => Blobs.Remove(name);
}

/// <summary>Display that keeps every frame shown.</summary>
public sealed class RecordingDisplay : IDisplay
{
    public List<byte[]> Frames { get; } = new();

    public void Show(byte[] frame) => Frames.Add((byte[])frame.Clone());
}

/// <summary>Buttons fed from a queue.</summary>
public sealed class QueuedButtons : IButtons
{
    public Queue<ButtonEvent> Pending { get; } = new();

    public ButtonEvent Poll() => Pending.Count > 0 ? Pending.Dequeue() : ButtonEvent.None;
}
