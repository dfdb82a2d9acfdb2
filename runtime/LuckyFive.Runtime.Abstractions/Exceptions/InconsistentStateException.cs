namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// A storage write or clear found a different version than the one the grain last read: another writer got
/// there first. If it escapes a grain call the runtime deactivates the activation, so the next call re-reads
/// fresh state. Re-read and re-validate; never blindly retry the stale write.
/// </summary>
public sealed class InconsistentStateException : LuckyFiveException
{
    /// <summary>Creates the exception.</summary>
    public InconsistentStateException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InconsistentStateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public InconsistentStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with both versions.</summary>
    /// <param name="message">What was attempted.</param>
    /// <param name="storedEtag">The version in storage.</param>
    /// <param name="currentEtag">The version the grain held.</param>
    public InconsistentStateException(string message, string? storedEtag, string? currentEtag)
        : base($"{message} Stored ETag: {storedEtag ?? "(none)"}, current ETag: {currentEtag ?? "(none)"}.")
    {
        StoredEtag = storedEtag;
        CurrentEtag = currentEtag;
    }

    /// <summary>The version in storage.</summary>
    public string? StoredEtag { get; }

    /// <summary>The version the grain held.</summary>
    public string? CurrentEtag { get; }
}
