namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// Intercepts calls arriving at grains. Registered silo-wide in DI, or implemented by a grain class to filter
/// only its own calls. A filter must call <see cref="IGrainCallContext.Invoke"/> to continue.
/// </summary>
public interface IIncomingGrainCallFilter
{
    /// <summary>Handles one call.</summary>
    Task Invoke(IIncomingGrainCallContext context);
}
