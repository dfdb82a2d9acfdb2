namespace LuckyFive.Runtime;

/// <summary>A plain <see cref="IGrainState{T}"/>.</summary>
/// <typeparam name="T">The state type.</typeparam>
public sealed class GrainState<T> : IGrainState<T>
{
    /// <inheritdoc />
    public T State { get; set; } = StateFactory.Create<T>();

    /// <inheritdoc />
    public string? ETag { get; set; }

    /// <inheritdoc />
    public bool RecordExists { get; set; }
}
