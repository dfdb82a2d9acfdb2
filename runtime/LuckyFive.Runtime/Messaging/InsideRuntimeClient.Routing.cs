using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>Routing: local catalog, address cache, grain directory, then placement; forwarding and re-routing.</summary>
internal sealed partial class InsideRuntimeClient
{
    /// <summary>Routes a request to the activation of its target grain.</summary>
    public void Route(Message message)
    {
        if (_silo.IsKilled)
        {
            return;
        }

        var grainId = message.TargetGrain;
        if (!_silo.LocalClasses.TryGetValue(grainId.Type, out var localClass)
            && !_silo.Membership.Current.GrainTypes.ContainsKey(grainId.Type))
        {
            SendResponse(message, ResponseStatus.Error, null, new GrainTypeNotFoundException($"No silo hosts grain type '{grainId.Type}' (grain {grainId})."));
            return;
        }

        var selfActive = _silo.Status == SiloStatus.Active;
        if (localClass?.StatelessWorker is not null && selfActive)
        {
            DeliverLocal(message, localClass);
            return;
        }

        if (_silo.Catalog.TryGetActivation(grainId, out _) && localClass is not null)
        {
            DeliverLocal(message, localClass);
            return;
        }

        if (message.TargetSilo == Address && selfActive && localClass is not null)
        {
            DeliverLocal(message, localClass);
            return;
        }

        if (_addressCache.TryGetValue(grainId, out var cached) && IsAlive(cached))
        {
            if (cached != Address)
            {
                SendToSilo(message, cached);
                return;
            }

            if (selfActive && localClass is not null)
            {
                DeliverLocal(message, localClass);
                return;
            }
        }

        _ = RouteSlowAsync(message, localClass);
    }

    /// <summary>Sends a request to the silo that won the directory registration.</summary>
    public void Forward(Message message, SiloAddress target)
    {
        if (++message.ForwardCount > MessagingOptions.MaxForwardCount)
        {
            SendResponse(message, ResponseStatus.Error, null, new LuckyFiveException($"Request to {message.TargetGrain} was forwarded too many times."));
            return;
        }

        _addressCache[message.TargetGrain] = target;
        if (target == Address)
        {
            message.TargetSilo = Address;
            Route(message);
        }
        else
        {
            SendToSilo(message, target);
        }
    }

    /// <summary>Routes again a request whose activation went away before running it.</summary>
    public void Reroute(Message message)
    {
        if (++message.ForwardCount > MessagingOptions.MaxForwardCount + 2)
        {
            SendResponse(message, ResponseStatus.Error, null, new LuckyFiveException($"Request to {message.TargetGrain} could not be delivered to an activation."));
            return;
        }

        _addressCache.TryRemove(message.TargetGrain, out _);
        message.TargetSilo = null;
        Route(message);
    }

    private async Task RouteSlowAsync(Message message, GrainClassMetadata? localClass)
    {
        try
        {
            var address = await _silo.Directory.Lookup(message.TargetGrain).ConfigureAwait(false);
            if (address is not null && IsAlive(address.SiloAddress))
            {
                _addressCache[message.TargetGrain] = address.SiloAddress;
                if (address.SiloAddress != Address)
                {
                    SendToSilo(message, address.SiloAddress);
                    return;
                }

                if (localClass is not null)
                {
                    DeliverLocal(message, localClass);
                    return;
                }
            }

            var descriptor = _silo.Membership.Current.GrainTypes.TryGetValue(message.TargetGrain.Type, out var known)
                ? known
                : localClass!.ToDescriptor(ResourceOptimizedPlacement.Singleton);
            var target = _silo.Placement.Place(message.TargetGrain, descriptor);
            if (target == Address && localClass is not null)
            {
                DeliverLocal(message, localClass);
            }
            else
            {
                message.TargetSilo = target;
                SendToSilo(message, target);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            SendResponse(message, ResponseStatus.Error, null, exception);
        }
    }

    private void DeliverLocal(Message message, GrainClassMetadata grainClass)
    {
        if (message.Arguments is not null && !message.ArgumentsIsolated)
        {
            try
            {
                message.Arguments = Serializer.CopyArguments(message.Method!, message.Arguments);
                message.ArgumentsIsolated = true;
            }
            catch (GrainSerializationException exception)
            {
                SendResponse(message, ResponseStatus.Error, null, exception);
                return;
            }
        }

        _silo.Catalog.Deliver(message, grainClass);
    }

    private void SendToSilo(Message message, SiloAddress target)
    {
        Message wire;
        try
        {
            wire = message.CloneHeaders();
            wire.TargetSilo = target;
            if (message.Arguments is not null)
            {
                wire.Body = Serializer.SerializeArguments(message.Method!, message.Arguments);
                wire.RequestContextBody = Serializer.SerializeContext(message.RequestContextData);
            }
        }
        catch (GrainSerializationException exception)
        {
            SendResponse(message, ResponseStatus.Error, null, exception);
            return;
        }

        if (message.Callback is { } callback)
        {
            callback.TargetSilo = target;
        }
        else if (message.IsCancellable)
        {
            if (_forwardedCancellations.Count > 10_000)
            {
                _forwardedCancellations.Clear(); // Bounded: entries of completed calls are never removed otherwise.
            }

            _forwardedCancellations[(message.Sender, message.Id)] = target;
        }

        try
        {
            _silo.Transport.Send(target, wire);
        }
        catch (SiloUnavailableException exception)
        {
            _addressCache.TryRemove(message.TargetGrain, out _);
            _ = RerouteAfterRefreshAsync(message, exception);
        }
    }

    /// <summary>
    /// The transport refused the message, so it was never delivered: routing it again keeps at-most-once. The view
    /// is refreshed first, because a silo that just left is usually already marked dead in the table.
    /// </summary>
    private async Task RerouteAfterRefreshAsync(Message message, SiloUnavailableException exception)
    {
        await _silo.Membership.RefreshAsync().ConfigureAwait(false);
        if (++message.ForwardCount > MessagingOptions.MaxForwardCount)
        {
            SendResponse(message, ResponseStatus.Error, null, exception);
            return;
        }

        message.TargetSilo = null;
        Route(message);
    }

    private bool IsAlive(SiloAddress silo) =>
        silo == Address ? _silo.Status == SiloStatus.Active : _silo.Membership.Current.GetStatus(silo) is SiloStatus.Active or SiloStatus.ShuttingDown;
}
