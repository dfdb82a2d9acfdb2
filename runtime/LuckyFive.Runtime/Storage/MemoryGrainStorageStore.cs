using System.Collections.Concurrent;

namespace LuckyFive.Runtime;

/// <summary>
/// The records behind <see cref="MemoryGrainStorage"/>. Silos of one process share one store to behave like one
/// database while each reads state with its own serializer.
/// </summary>
public sealed class MemoryGrainStorageStore
{
    internal ConcurrentDictionary<(string Service, string GrainType, string Key, string State), Record> Records { get; } = new();

    /// <summary>Number of stored records.</summary>
    public int Count => Records.Count;

    internal sealed record Record(byte[] Payload, int Version);
}
