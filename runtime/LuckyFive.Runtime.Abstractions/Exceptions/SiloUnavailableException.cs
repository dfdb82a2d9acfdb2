namespace LuckyFive.Runtime.Abstractions;

/// <summary>The silo a call was sent to is dead or unreachable. The outcome of the call is unknown.</summary>
public sealed class SiloUnavailableException : LuckyFiveException
{
    /// <summary>Creates the exception.</summary>
    public SiloUnavailableException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SiloUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public SiloUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
