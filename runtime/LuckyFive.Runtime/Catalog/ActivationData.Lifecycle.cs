using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Activation and deactivation of one activation.</summary>
internal sealed partial class ActivationData
{
    private static readonly Action<object> s_activationTimedOut = static state =>
    {
        var activation = (ActivationData)state;
        var timeout = activation._silo.CollectionOptions.ActivationTimeout;
        _ = activation.FailActivationAsync(new TimeoutException($"Activation of {activation.GrainId} did not complete within {timeout}."));
    };

    /// <summary>
    /// Runs as a turn on this activation's scheduler, and every await resumes there, so the queued requests start in
    /// the same pass as the activation that admits them: no extra thread-pool hops on the first call.
    /// </summary>
    private async Task ActivateAsync()
    {
        var options = _silo.CollectionOptions;
        CallContext.Current = new CallScope(this, RuntimeClient.CreateCallChainId());
        using var deadline = _silo.Watchdog.Start(options.ActivationTimeout, s_activationTimedOut, this);
        try
        {
            if (Group is null)
            {
                var winner = await _silo.Directory.Register(Address);
                if (winner.ActivationId != Address.ActivationId)
                {
                    // Another silo activated this grain first: hand everything queued to the winner.
                    _silo.Catalog.Remove(this);
                    var pending = Close();
                    foreach (var item in pending)
                    {
                        if (item is Message message)
                        {
                            _silo.Client.Forward(message, winner.SiloAddress);
                        }
                    }

                    _deactivated.TrySetResult();
                    return;
                }

                _registered = true;
            }

            GrainInstance = Class.CreateInstance(this, _silo.Services);
            foreach (var loader in _stateLoaders)
            {
                await loader.ReadStateAsync(deadline.Token);
            }

            if (GrainInstance is IGrainBase grain)
            {
                await grain.OnActivateAsync(deadline.Token);
            }
        }
        catch (Exception exception)
        {
            if (!deadline.Expired)
            {
                await FailActivationAsync(exception);
            }

            return;
        }

        if (deadline.Expired)
        {
            return; // The watchdog already failed this activation.
        }

        Class.ActivationCreated();
        List<object>? toStart = null;
        DeactivationReason? deactivate = null;
        lock (_lock)
        {
            if (_state != ActivationState.Activating)
            {
                return;
            }

            _state = ActivationState.Valid;
            if (_pendingDeactivation is { } pending)
            {
                deactivate = pending;
            }
            else
            {
                toStart = PumpLocked();
            }
        }

        // Still inside this activation's turn: the requests admitted now start right here instead of being queued
        // behind it. Their completions queue what follows, so this never recurses.
        if (toStart is not null)
        {
            foreach (var item in toStart)
            {
                _ = item is Message message ? RunMessageAsync(message) : ((IActivationWorkItem)item).RunAsync();
            }
        }

        if (deactivate is { } reason)
        {
            _ = DeactivateAsync(reason);
        }
    }

    private async Task FailActivationAsync(Exception exception)
    {
        lock (_lock)
        {
            if (_state != ActivationState.Activating)
            {
                return;
            }
        }

        RuntimeLog.ActivationFailed(_silo.Logger, exception, GrainId);
        if (_registered)
        {
            await UnregisterAsync().ConfigureAwait(false);
        }

        _silo.Catalog.Remove(this);
        var failure = exception is TimeoutException
            ? new TimeoutException($"Activation of {GrainId} did not complete within {_silo.CollectionOptions.ActivationTimeout}.", exception)
            : exception;
        foreach (var item in Close())
        {
            if (item is Message message)
            {
                _silo.Client.SendResponse(message, ResponseStatus.Error, null, failure);
            }
        }

        StopTimers();
        _deactivated.TrySetResult();
    }

    private async Task DeactivateAsync(DeactivationReason reason)
    {
        TaskCompletionSource? drained;
        lock (_lock)
        {
            if (_state is ActivationState.Deactivating or ActivationState.Invalid)
            {
                return;
            }

            _state = ActivationState.Deactivating;
            drained = _drained = _running.Count > 0 ? new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) : null;
        }

        StopTimers();
        var timeout = _silo.CollectionOptions.DeactivationTimeout;
        try
        {
            if (drained is not null)
            {
                await drained.Task.WaitAsync(timeout).ConfigureAwait(false);
            }

            if (GrainInstance is IGrainBase grain && !_silo.IsKilled)
            {
                using var cancellation = new CancellationTokenSource(timeout);
                await RunOnSchedulerAsync(() => grain.OnDeactivateAsync(reason, cancellation.Token)).WaitAsync(timeout).ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            RuntimeLog.DeactivationFailed(_silo.Logger, exception, GrainId);
        }

        if (_registered)
        {
            await UnregisterAsync().ConfigureAwait(false);
        }

        _silo.Catalog.Remove(this);
        Class.ActivationRemoved();
        foreach (var item in Close())
        {
            if (item is Message message)
            {
                _silo.Client.Reroute(message);
            }
        }

        _deactivated.TrySetResult();
    }

    private async Task UnregisterAsync()
    {
        try
        {
            await _silo.Directory.Unregister(Address).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            RuntimeLog.DirectoryUnregisterFailed(_silo.Logger, exception, GrainId);
        }

        _registered = false;
    }

    private object[] Close()
    {
        lock (_lock)
        {
            _state = ActivationState.Invalid;
            var pending = _waiting.ToArray();
            _waiting.Clear();
            return pending;
        }
    }

    private void StopTimers()
    {
        IDisposable[] timers;
        lock (_lock)
        {
            timers = [.. _timers];
            _timers.Clear();
        }

        foreach (var timer in timers)
        {
            timer.Dispose();
        }
    }

    private Task RunOnSchedulerAsync(Func<Task> action) =>
        Task.Factory.StartNew(
            () =>
            {
                CallContext.Current = new CallScope(this, RuntimeClient.CreateCallChainId());
                return action();
            },
            CancellationToken.None,
            TaskCreationOptions.DenyChildAttach,
            _scheduler).Unwrap();
}
