using System.Diagnostics;
using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace LuckyFive.Runtime;

/// <summary>
/// One activation: the grain instance, its request admission (the reentrancy rules) and its turn scheduler.
/// Admission and scheduling are separate: a non-reentrant request that awaits I/O still holds the activation,
/// while every turn of every admitted request runs on one exclusive scheduler, so turns never run in parallel.
/// </summary>
internal sealed partial class ActivationData : IGrainContext
{
    private static readonly Func<object?, Task> s_activate = static state => ((ActivationData)state!).ActivateAsync();

    private static readonly Func<object?, Task> s_runMessage = static state =>
    {
        var message = (Message)state!;
        return message.Activation!.RunMessageAsync(message);
    };

    private readonly SiloRuntime _silo;
    private readonly Lock _lock = new();
    private readonly List<object> _waiting = [];
    private readonly List<object> _running = [];
    private readonly List<IDisposable> _timers = [];
    private readonly List<IStateLoader> _stateLoaders = [];
    private readonly ActivationTaskScheduler _scheduler = new();
    private readonly TaskCompletionSource _deactivated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ActivationState _state;
    private int _runningExclusive;
    private long _lastActivity = Environment.TickCount64;
    private long _keepAliveUntil;
    private DeactivationReason? _pendingDeactivation;
    private TaskCompletionSource? _drained;
    private bool _registered;

    public ActivationData(SiloRuntime silo, GrainClassMetadata grainClass, GrainId grainId, StatelessWorkerGroup? group = null)
    {
        _silo = silo;
        Class = grainClass;
        GrainId = grainId;
        Group = group;
        Address = new GrainAddress(grainId, silo.Address, silo.NewActivationId());
    }

    public GrainId GrainId { get; }

    public GrainAddress Address { get; }

    public object? GrainInstance { get; private set; }

    public IServiceProvider ActivationServices => _silo.Services;

    public IGrainFactory GrainFactory => _silo.Client;

    public GrainClassMetadata Class { get; }

    public StatelessWorkerGroup? Group { get; }

    public ActivationState State => _state;

    public bool IsUsable => _state != ActivationState.Invalid;

    public bool IsIdle => _running.Count == 0 && _waiting.Count == 0;

    public int QueueLength => _waiting.Count;

    /// <summary>Completes when the activation is gone (deactivated, failed or killed).</summary>
    public Task Deactivated => _deactivated.Task;

    public void Receive(Message message)
    {
        var start = false;
        var run = false;
        var reroute = false;
        lock (_lock)
        {
            switch (_state)
            {
                case ActivationState.Creating:
                    _waiting.Add(message);
                    _state = ActivationState.Activating;
                    start = true;
                    break;
                case ActivationState.Valid when _pendingDeactivation is null && CanAdmit(message):
                    Admit(message);
                    run = true;
                    break;
                case ActivationState.Activating or ActivationState.Valid or ActivationState.Deactivating:
                    _waiting.Add(message);
                    break;
                default:
                    reroute = true;
                    break;
            }
        }

        if (start)
        {
            _ = Task.Factory.StartNew(s_activate, this, CancellationToken.None, TaskCreationOptions.DenyChildAttach, _scheduler);
        }
        else if (run)
        {
            Start(message);
        }
        else if (reroute)
        {
            _silo.Client.Reroute(message);
        }
    }

    public void Deactivate(DeactivationReason reason)
    {
        lock (_lock)
        {
            if (_state is ActivationState.Deactivating or ActivationState.Invalid)
            {
                return;
            }

            _pendingDeactivation ??= reason;
            if (_state != ActivationState.Valid || _running.Count > 0)
            {
                return; // Deactivation starts when activation or the current work completes.
            }
        }

        _ = DeactivateAsync(reason);
    }

    public void DelayDeactivation(TimeSpan timeSpan)
    {
        _keepAliveUntil = timeSpan == Timeout.InfiniteTimeSpan ? long.MaxValue
            : timeSpan <= TimeSpan.Zero ? 0
            : Environment.TickCount64 + (long)timeSpan.TotalMilliseconds;
    }

    public IGrainTimer RegisterGrainTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options)
    {
        ArgumentNullException.ThrowIfNull(callback);
        lock (_lock)
        {
            if (_state is ActivationState.Deactivating or ActivationState.Invalid)
            {
                throw new InvalidOperationException($"Cannot register a timer on {GrainId}: the activation is {_state}.");
            }

            var timer = new GrainTimer<TState>(this, _silo, callback, state, options);
            _timers.Add(timer);
            timer.Start();
            return timer;
        }
    }

    public void RecordActivity() => _lastActivity = Environment.TickCount64;

    public bool IsCollectable(long now, TimeSpan age)
    {
        lock (_lock)
        {
            return _state == ActivationState.Valid && _running.Count == 0 && _waiting.Count == 0 && _pendingDeactivation is null
                && now - _lastActivity >= (long)age.TotalMilliseconds && now >= _keepAliveUntil;
        }
    }

    /// <summary>Ends the activation without running any grain code (silo kill).</summary>
    public void Kill()
    {
        lock (_lock)
        {
            _state = ActivationState.Invalid;
            _waiting.Clear();
        }

        StopTimers();
        _deactivated.TrySetResult();
    }

    internal object CreatePersistentState(Func<string, GrainId, IGrainStorage, object> factory, PersistentStateAttribute attribute)
    {
        var storageName = attribute.StorageName ?? PersistentStateAttribute.DefaultStorageName;
        var storage = _silo.GetStorage(storageName)
            ?? throw new InvalidOperationException($"No grain storage named '{storageName}' is registered (state '{attribute.StateName}' of {Class.ClassType.Name}).");
        var state = factory(attribute.StateName, GrainId, storage);
        _stateLoaders.Add((IStateLoader)state);
        return state;
    }

    internal void RemoveTimer(IDisposable timer)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
        }
    }

    private async Task RunMessageAsync(Message message)
    {
        CallContext.Current = new CallScope(this, message.CallChainId != 0 ? message.CallChainId : RuntimeClient.CreateCallChainId());
        var started = Stopwatch.GetTimestamp();
        var method = message.Method!;
        var invoker = Class.GetInvoker(method);
        var succeeded = false;
        try
        {
            RequestContext.Import(message.RequestContextData ?? _silo.Serializer.DeserializeContext(message.RequestContextBody));
            message.CancellationToken.ThrowIfCancellationRequested();
            var arguments = message.Arguments ?? _silo.Serializer.DeserializeArguments(method, message.Body!);
            object? result;
            if (_silo.IncomingFilters.Length == 0 && !Class.IsCallFilter)
            {
                result = await invoker.Invoke(GrainInstance!, arguments, message.CancellationToken);
            }
            else
            {
                var filters = Class.IsCallFilter ? [.. _silo.IncomingFilters, (IIncomingGrainCallFilter)GrainInstance!] : _silo.IncomingFilters;
                var context = new IncomingCallContext(GrainInstance!, invoker, GrainId, message.SendingGrain, arguments, filters, message.CancellationToken);
                await context.Invoke();
                result = context.Result;
            }

            succeeded = true;
            _silo.Client.SendResponse(message, ResponseStatus.Success, result, null);
        }
        catch (Exception exception)
        {
            _silo.Client.SendResponse(message, ResponseStatus.Error, null, exception);
            if (exception is InconsistentStateException)
            {
                // The activation's state is stale: drop it so the next call re-reads from storage.
                Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, "InconsistentStateException escaped a grain call.", exception));
            }
        }
        finally
        {
            _silo.Metrics.RecordCall(Class.GrainType, invoker, Stopwatch.GetElapsedTime(started), succeeded);
            OnWorkItemCompleted(message);
        }
    }
}
