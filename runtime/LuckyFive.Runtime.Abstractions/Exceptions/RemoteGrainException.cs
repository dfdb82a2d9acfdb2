namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// Stands in for an exception thrown on another silo whose type cannot be re-created here.
/// <see cref="OriginalTypeName"/> and the message are those of the original exception.
/// </summary>
public sealed class RemoteGrainException : LuckyFiveException
{
    /// <summary>Creates the exception.</summary>
    public RemoteGrainException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RemoteGrainException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public RemoteGrainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an original exception type.</summary>
    /// <param name="originalTypeName">The full name of the original exception type.</param>
    /// <param name="message">The original message.</param>
    /// <param name="remoteStackTrace">The original stack trace.</param>
    public RemoteGrainException(string originalTypeName, string message, string? remoteStackTrace)
        : base($"{originalTypeName}: {message}")
    {
        OriginalTypeName = originalTypeName;
        RemoteStackTrace = remoteStackTrace;
    }

    /// <summary>The full name of the original exception type.</summary>
    public string? OriginalTypeName { get; }

    /// <summary>The original stack trace.</summary>
    public string? RemoteStackTrace { get; }
}
