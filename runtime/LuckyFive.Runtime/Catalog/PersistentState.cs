using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Loads state before activation; implemented by every <see cref="PersistentState{TState}"/>.</summary>
internal interface IStateLoader
{
    Task ReadStateAsync(CancellationToken cancellationToken = default);
}

/// <summary>The <see cref="IPersistentState{TState}"/> given to grains: one record in one storage provider.</summary>
internal sealed class PersistentState<TState>(string stateName, GrainId grainId, IGrainStorage storage)
    : IPersistentState<TState>, IGrainState<TState>, IStateLoader
{
    public TState State { get; set; } = StateFactory.Create<TState>();

    public string? Etag => ETag;

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }

    public Task ReadStateAsync(CancellationToken cancellationToken = default) =>
        storage.ReadStateAsync(stateName, grainId, this, cancellationToken);

    public Task WriteStateAsync(CancellationToken cancellationToken = default) =>
        storage.WriteStateAsync(stateName, grainId, this, cancellationToken);

    public Task ClearStateAsync(CancellationToken cancellationToken = default) =>
        storage.ClearStateAsync(stateName, grainId, this, cancellationToken);
}
