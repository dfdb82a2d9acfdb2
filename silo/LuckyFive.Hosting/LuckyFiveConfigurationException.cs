namespace LuckyFive.Hosting;

/// <summary>The <c>LuckyFive</c> configuration section is incomplete or invalid; the message names every bad key.</summary>
public sealed class LuckyFiveConfigurationException : Exception
{
    /// <summary>Creates the exception from one sentence per problem.</summary>
    public LuckyFiveConfigurationException(IReadOnlyList<string> problems)
        : base("Invalid configuration: " + string.Join(" ", problems ?? []))
    {
        Problems = problems ?? [];
    }

    /// <summary>Creates the exception with a message.</summary>
    public LuckyFiveConfigurationException(string message)
        : base(message)
    {
        Problems = [message];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public LuckyFiveConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Creates the exception without a message.</summary>
    public LuckyFiveConfigurationException()
    {
        Problems = [];
    }

    /// <summary>One sentence per problem, each naming its configuration key.</summary>
    public IReadOnlyList<string> Problems { get; }
}
