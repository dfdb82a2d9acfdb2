namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// One persisted record of a grain, injected into the grain constructor with <see cref="PersistentStateAttribute"/>.
/// State is read before <c>OnActivateAsync</c>; changes to <see cref="State"/> are in memory only until
/// <see cref="WriteStateAsync"/> completes. Writes are guarded by <see cref="Etag"/>: a stale write throws
/// <see cref="InconsistentStateException"/>, which deactivates the activation if it escapes a grain call.
/// </summary>
/// <typeparam name="TState">The state type; serialized with System.Text.Json.</typeparam>
public interface IPersistentState<TState>
{
    /// <summary>The state. A fresh instance of <typeparamref name="TState"/> when no record exists.</summary>
    TState State { get; set; }

    /// <summary>The version of the record last read or written; null when no record exists.</summary>
    string? Etag { get; }

    /// <summary>Whether the record exists in storage.</summary>
    bool RecordExists { get; }

    /// <summary>Reads the record, replacing <see cref="State"/>.</summary>
    Task ReadStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes <see cref="State"/> if the stored version still equals <see cref="Etag"/>.</summary>
    Task WriteStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes the record if the stored version still equals <see cref="Etag"/>, and resets <see cref="State"/>.</summary>
    Task ClearStateAsync(CancellationToken cancellationToken = default);
}
