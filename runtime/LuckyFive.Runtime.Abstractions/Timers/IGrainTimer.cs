namespace LuckyFive.Runtime.Abstractions;

/// <summary>A timer bound to one activation. Dies with the activation; dispose it to stop it earlier.</summary>
public interface IGrainTimer : IDisposable
{
    /// <summary>Changes the due time and period.</summary>
    void Change(TimeSpan dueTime, TimeSpan period);
}
