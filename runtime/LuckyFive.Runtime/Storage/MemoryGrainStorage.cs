using System.Collections.Concurrent;
using System.Globalization;
using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime;

/// <summary>
/// In-memory grain storage with the same ETag semantics as the PostgreSQL provider: integer versions starting at 1,
/// conditional writes, delete on clear. State is stored serialized, so a grain never shares objects with storage.
/// Several silos share one instance to behave like one database.
/// </summary>
public sealed class MemoryGrainStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<(string Service, string GrainType, string Key, string State), MemoryGrainStorageStore.Record> _records;
    private readonly string _serviceId;
    private readonly GrainSerializer _serializer;

    /// <summary>Creates a provider over <paramref name="store"/> (a new, empty one when null).</summary>
    public MemoryGrainStorage(IOptions<ClusterOptions> clusterOptions, GrainSerializer serializer, MemoryGrainStorageStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(clusterOptions);
        _serviceId = clusterOptions.Value.ServiceId;
        _serializer = serializer;
        _records = (store ?? new MemoryGrainStorageStore()).Records;
    }

    /// <summary>Number of stored records (diagnostics and tests).</summary>
    public int Count => _records.Count;

    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        if (_records.TryGetValue(Key(stateName, grainId), out var record))
        {
            grainState.State = (T)_serializer.Deserialize(record.Payload, typeof(T))!;
            grainState.ETag = record.Version.ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = StateFactory.Create<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var payload = _serializer.Serialize(grainState.State, typeof(T));
        var key = Key(stateName, grainId);
        lock (_records)
        {
            var stored = _records.TryGetValue(key, out var record) ? record.Version.ToString(CultureInfo.InvariantCulture) : null;
            if (stored != grainState.ETag)
            {
                throw new InconsistentStateException($"Version conflict writing state '{stateName}' of {grainId}.", stored, grainState.ETag);
            }

            var version = (record?.Version ?? 0) + 1;
            _records[key] = new MemoryGrainStorageStore.Record(payload, version);
            grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var key = Key(stateName, grainId);
        lock (_records)
        {
            var stored = _records.TryGetValue(key, out var record) ? record.Version.ToString(CultureInfo.InvariantCulture) : null;
            if (stored != grainState.ETag)
            {
                throw new InconsistentStateException($"Version conflict clearing state '{stateName}' of {grainId}.", stored, grainState.ETag);
            }

            _records.TryRemove(key, out _);
            grainState.State = StateFactory.Create<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }

    private (string, string, string, string) Key(string stateName, GrainId grainId) => (_serviceId, grainId.Type, grainId.Key, stateName);
}
