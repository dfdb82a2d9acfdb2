namespace LuckyFive.Runtime.Abstractions;

/// <summary>Base class of the runtime's own exceptions (the equivalent of Orleans' <c>OrleansException</c>).</summary>
public class LuckyFiveException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LuckyFiveException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public LuckyFiveException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public LuckyFiveException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
