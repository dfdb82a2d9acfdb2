namespace LuckyFive.Runtime;

/// <summary>How a request ended.</summary>
public enum ResponseStatus
{
    /// <summary>The method returned.</summary>
    Success,

    /// <summary>The method (or the runtime on its behalf) threw; the body is the exception.</summary>
    Error,
}
