using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>
/// A grain state provider. Records are keyed by (service id, grain type, grain key, state name). Every operation
/// compares <see cref="IGrainState{T}.ETag"/> with the stored version and throws
/// <see cref="InconsistentStateException"/> on mismatch; a missing record has a null ETag. Providers are
/// registered as keyed services by name; <see cref="PersistentStateAttribute.DefaultStorageName"/> is the default.
/// </summary>
public interface IGrainStorage
{
    /// <summary>Reads the record into <paramref name="grainState"/>, setting State, ETag and RecordExists.</summary>
    Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default);

    /// <summary>Writes the record if its version still equals the ETag, then sets the new ETag.</summary>
    Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default);

    /// <summary>Deletes the record if its version still equals the ETag; afterwards ETag is null and RecordExists false.</summary>
    Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default);
}
