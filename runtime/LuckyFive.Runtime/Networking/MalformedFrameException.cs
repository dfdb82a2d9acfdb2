namespace LuckyFive.Runtime;

/// <summary>Bytes from a peer that are not a valid LuckyFive frame. The connection that sent them is closed.</summary>
public sealed class MalformedFrameException : Exception
{
    /// <summary>Creates the exception with the reason the frame was refused.</summary>
    public MalformedFrameException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public MalformedFrameException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message.</summary>
    public MalformedFrameException()
    {
    }
}
