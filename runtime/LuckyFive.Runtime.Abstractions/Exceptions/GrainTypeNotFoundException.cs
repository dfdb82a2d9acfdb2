namespace LuckyFive.Runtime.Abstractions;

/// <summary>No silo in the cluster hosts a grain class for the requested interface or grain type.</summary>
public sealed class GrainTypeNotFoundException : LuckyFiveException
{
    /// <summary>Creates the exception.</summary>
    public GrainTypeNotFoundException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GrainTypeNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public GrainTypeNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
