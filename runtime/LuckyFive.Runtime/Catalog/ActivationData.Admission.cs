using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Request admission: which queued request or timer tick may start, per the reentrancy rules.</summary>
internal sealed partial class ActivationData
{
    internal void EnqueueWorkItem(IActivationWorkItem item)
    {
        var run = false;
        lock (_lock)
        {
            if (_state != ActivationState.Valid)
            {
                return;
            }

            if (_pendingDeactivation is null && CanAdmit(item))
            {
                Admit(item);
                run = true;
            }
            else
            {
                _waiting.Add(item);
            }
        }

        if (run)
        {
            Start(item);
        }
    }

    internal void OnWorkItemCompleted(object item)
    {
        List<object>? toStart = null;
        DeactivationReason? deactivate = null;
        lock (_lock)
        {
            _running.Remove(item);
            if (!IsReadOnly(item))
            {
                _runningExclusive--;
            }

            if (_state == ActivationState.Valid)
            {
                if (_pendingDeactivation is { } pending)
                {
                    deactivate = _running.Count == 0 ? pending : null;
                }
                else
                {
                    toStart = PumpLocked();
                }
            }
            else if (_state == ActivationState.Deactivating && _running.Count == 0)
            {
                _drained?.TrySetResult();
            }
        }

        StartAll(toStart);
        if (deactivate is { } reason)
        {
            _ = DeactivateAsync(reason);
        }
    }

    private static bool IsReadOnly(object item) => item is Message { IsReadOnly: true };

    private static long ChainOf(object item) => item switch
    {
        Message message => message.CallChainId,
        IActivationWorkItem workItem => workItem.CallChainId,
        _ => 0,
    };

    /// <summary>The admission rule (lock held): Orleans' reentrancy semantics plus call-chain reentrancy.</summary>
    private bool CanAdmit(object item)
    {
        if (_running.Count == 0 || Class.IsReentrant)
        {
            return true;
        }

        if (item is IActivationWorkItem { Interleave: true })
        {
            return true;
        }

        if (item is not Message message)
        {
            return false;
        }

        if (message.AlwaysInterleave || (message.IsReadOnly && _runningExclusive == 0))
        {
            return true;
        }

        if (message.CallChainId != 0)
        {
            foreach (var running in _running)
            {
                if (ChainOf(running) == message.CallChainId)
                {
                    return true; // A call that left this activation is coming back: admit it rather than deadlock.
                }
            }
        }

        return false;
    }

    private void Admit(object item)
    {
        _running.Add(item);
        if (!IsReadOnly(item))
        {
            _runningExclusive++;
        }

        if (item is Message)
        {
            _lastActivity = Environment.TickCount64;
        }
    }

    private List<object>? PumpLocked()
    {
        List<object>? toStart = null;
        for (var i = 0; i < _waiting.Count;)
        {
            var item = _waiting[i];
            if (CanAdmit(item))
            {
                _waiting.RemoveAt(i);
                Admit(item);
                (toStart ??= []).Add(item);
            }
            else
            {
                i++;
            }
        }

        return toStart;
    }

    private void StartAll(List<object>? items)
    {
        if (items is null)
        {
            return;
        }

        foreach (var item in items)
        {
            Start(item);
        }
    }

    private void Start(object item)
    {
        if (item is Message message)
        {
            message.Activation = this;
            _ = Task.Factory.StartNew(s_runMessage, message, CancellationToken.None, TaskCreationOptions.DenyChildAttach, _scheduler);
        }
        else
        {
            _ = Task.Factory.StartNew(((IActivationWorkItem)item).RunAsync, CancellationToken.None, TaskCreationOptions.DenyChildAttach, _scheduler);
        }
    }
}
