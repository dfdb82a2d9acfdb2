namespace LuckyFive.Runtime.Abstractions;

/// <summary>The runtime side of one activation, as seen by the grain it hosts.</summary>
public interface IGrainContext
{
    /// <summary>The grain this activation belongs to.</summary>
    GrainId GrainId { get; }

    /// <summary>Where this activation lives.</summary>
    GrainAddress Address { get; }

    /// <summary>The grain instance, once constructed.</summary>
    object? GrainInstance { get; }

    /// <summary>The silo's services, used to construct the grain and its components.</summary>
    IServiceProvider ActivationServices { get; }

    /// <summary>Creates references to other grains.</summary>
    IGrainFactory GrainFactory { get; }

    /// <summary>Asks the runtime to deactivate this activation once its current work completes.</summary>
    void Deactivate(DeactivationReason reason);

    /// <summary>Keeps the activation alive for at least <paramref name="timeSpan"/>; see <see cref="Grain.DelayDeactivation"/>.</summary>
    void DelayDeactivation(TimeSpan timeSpan);

    /// <summary>Registers a timer bound to this activation.</summary>
    IGrainTimer RegisterGrainTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options);
}
