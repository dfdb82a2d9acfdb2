namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// Intercepts calls leaving a silo or client. Registered in DI. A filter must call
/// <see cref="IGrainCallContext.Invoke"/> to continue.
/// </summary>
public interface IOutgoingGrainCallFilter
{
    /// <summary>Handles one call.</summary>
    Task Invoke(IOutgoingGrainCallContext context);
}
