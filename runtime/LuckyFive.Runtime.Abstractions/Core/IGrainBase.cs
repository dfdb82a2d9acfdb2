namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// What the runtime needs from a grain class. <see cref="Grain"/> implements it; a plain class may implement it
/// directly (a "POCO grain") by exposing the <see cref="IGrainContext"/> it received in its constructor.
/// </summary>
public interface IGrainBase
{
    /// <summary>The activation this grain instance belongs to.</summary>
    IGrainContext GrainContext { get; }

    /// <summary>Runs after persistent state is loaded and before the first request is admitted.</summary>
    Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs when the activation is deactivated gracefully. Best effort: never runs after a crash.</summary>
    Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;
}
