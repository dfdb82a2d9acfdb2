namespace LuckyFive.Runtime.Abstractions;

/// <summary>
/// Base class for grain implementations. Grains are created by the runtime through dependency injection; a
/// constructor may take services and <see cref="PersistentStateAttribute"/> parameters.
/// </summary>
public abstract class Grain : IGrainBase
{
    /// <summary>Binds the grain to the activation the runtime is constructing.</summary>
    protected Grain()
        : this(RuntimeContext.Constructing ?? throw new InvalidOperationException(
            "Grains are created by the runtime. Get a reference with IGrainFactory.GetGrain instead of calling a grain constructor."))
    {
    }

    /// <summary>Binds the grain to an explicit activation context.</summary>
    protected Grain(IGrainContext grainContext)
    {
        ArgumentNullException.ThrowIfNull(grainContext);
        GrainContext = grainContext;
    }

    /// <inheritdoc />
    public IGrainContext GrainContext { get; }

    /// <summary>A readable identity for logs: <c>type/key</c>.</summary>
    public string IdentityString => GrainContext.GrainId.ToString();

    /// <summary>A readable identity of this activation including its silo.</summary>
    public string RuntimeIdentity => $"{GrainContext.GrainId} on {GrainContext.Address.SiloAddress}";

    /// <summary>Creates references to other grains.</summary>
    protected IGrainFactory GrainFactory => GrainContext.GrainFactory;

    /// <summary>The silo's services.</summary>
    protected IServiceProvider ServiceProvider => GrainContext.ActivationServices;

    /// <inheritdoc />
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Deactivates this activation after its current work. Requests queued behind it are forwarded to a new activation.
    /// </summary>
    protected void DeactivateOnIdle() =>
        GrainContext.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "DeactivateOnIdle was called."));

    /// <summary>
    /// Keeps this activation alive for at least <paramref name="timeSpan"/>: a lower bound that combines with the
    /// collection age and cannot shorten it. <see cref="TimeSpan.Zero"/> cancels an earlier delay and
    /// <see cref="Timeout.InfiniteTimeSpan"/> keeps the activation until the silo stops. <see cref="DeactivateOnIdle"/> wins.
    /// </summary>
    protected void DelayDeactivation(TimeSpan timeSpan) => GrainContext.DelayDeactivation(timeSpan);

    /// <summary>Registers a timer that calls <paramref name="callback"/> on this activation.</summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, GrainTimerCreationOptions options)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return GrainContext.RegisterGrainTimer(static (cb, ct) => cb(ct), callback, options);
    }

    /// <summary>Registers a timer that calls <paramref name="callback"/> with <paramref name="state"/> on this activation.</summary>
    protected IGrainTimer RegisterGrainTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options) =>
        GrainContext.RegisterGrainTimer(callback, state, options);

    /// <summary>Registers a timer with the given due time and period and default options.</summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period) =>
        RegisterGrainTimer(callback, new GrainTimerCreationOptions(dueTime, period));

    /// <summary>
    /// Registers or updates a durable reminder for this grain. The grain must implement <see cref="IRemindable"/>.
    /// </summary>
    protected Task<IGrainReminder> RegisterOrUpdateReminder(string reminderName, TimeSpan dueTime, TimeSpan period)
    {
        if (this is not IRemindable)
        {
            throw new InvalidOperationException($"Grain {IdentityString} must implement IRemindable to use reminders.");
        }

        return Reminders.RegisterOrUpdateReminder(GrainContext.GrainId, reminderName, dueTime, period);
    }

    /// <summary>Removes a durable reminder of this grain.</summary>
    protected Task UnregisterReminder(IGrainReminder reminder) => Reminders.UnregisterReminder(GrainContext.GrainId, reminder);

    /// <summary>Gets one durable reminder of this grain, or null.</summary>
    protected Task<IGrainReminder?> GetReminder(string reminderName) => Reminders.GetReminder(GrainContext.GrainId, reminderName);

    /// <summary>Gets all durable reminders of this grain.</summary>
    protected Task<IReadOnlyList<IGrainReminder>> GetReminders() => Reminders.GetReminders(GrainContext.GrainId);

    private IReminderRegistry Reminders =>
        GrainContext.ActivationServices.GetService(typeof(IReminderRegistry)) as IReminderRegistry
        ?? throw new InvalidOperationException("No reminder service is configured on this silo.");
}
