namespace LuckyFive.Runtime.Abstractions;

/// <summary>A value crossing a grain call could not be serialized or deserialized. The message names its type.</summary>
public sealed class GrainSerializationException : LuckyFiveException
{
    /// <summary>Creates the exception.</summary>
    public GrainSerializationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GrainSerializationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public GrainSerializationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
