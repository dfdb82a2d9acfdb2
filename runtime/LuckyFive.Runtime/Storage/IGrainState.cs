namespace LuckyFive.Runtime;

/// <summary>The state record a storage provider reads into and writes from.</summary>
/// <typeparam name="T">The state type.</typeparam>
public interface IGrainState<T>
{
    /// <summary>The state.</summary>
    T State { get; set; }

    /// <summary>The version of the record; null when no record exists.</summary>
    string? ETag { get; set; }

    /// <summary>Whether the record exists.</summary>
    bool RecordExists { get; set; }
}
