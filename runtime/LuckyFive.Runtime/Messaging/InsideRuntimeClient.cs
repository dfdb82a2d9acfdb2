using System.Collections.Concurrent;
using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.Logging;

namespace LuckyFive.Runtime;

/// <summary>
/// The silo's runtime client: routes requests made on this silo or received from clients and peers to the
/// activation that handles them (local catalog, address cache, grain directory, then placement), and carries
/// responses back.
/// </summary>
internal sealed partial class InsideRuntimeClient : RuntimeClient
{
    private readonly SiloRuntime _silo;
    private readonly ConcurrentDictionary<GrainId, SiloAddress> _addressCache = new();
    private readonly ConcurrentDictionary<(SiloAddress, long), CancellationTokenSource> _incomingCancellations = new();

    // Cancellations of requests this silo passed on (as a client's gateway) must follow the request.
    private readonly ConcurrentDictionary<(SiloAddress, long), SiloAddress> _forwardedCancellations = new();

    public InsideRuntimeClient(SiloRuntime silo, MessagingOptions options, IEnumerable<IOutgoingGrainCallFilter> filters, ILogger logger)
        : base(silo.Serializer, options, filters, logger)
    {
        _silo = silo;
        if (silo.Transport is IPeerFailureSource failures)
        {
            failures.PeerUnavailable += OnConnectionLost;
        }
    }

    public override SiloAddress Address => _silo.Address;

    public void OnMessageReceived(Message message)
    {
        switch (message.Kind)
        {
            case MessageKind.Request or MessageKind.OneWay:
                ReceiveRequest(message);
                break;
            case MessageKind.Response:
                if (message.HandledBy is { } handledBy && Callbacks.TryGetValue(message.Id, out var callback))
                {
                    _addressCache[callback.Target] = handledBy;
                }

                ReceiveResponse(message);
                break;
            case MessageKind.Cancel:
                if (_incomingCancellations.TryGetValue((message.Sender, message.Id), out var cancellation))
                {
                    cancellation.Cancel();
                }

                if (_forwardedCancellations.TryRemove((message.Sender, message.Id), out var forwardedTo))
                {
                    TrySend(forwardedTo, message);
                }

                break;
            case MessageKind.Ping:
                TrySend(message.Sender, new Message { Id = message.Id, Kind = MessageKind.Pong, Sender = Address });
                break;
            case MessageKind.Pong:
                _silo.Membership.OnPong(message);
                break;
            case MessageKind.Statistics:
                _silo.Statistics.Update(message.Sender, System.Text.Json.JsonSerializer.Deserialize<SiloRuntimeStatistics>(message.SystemPayload!, Serializer.Options)!);
                break;
            case MessageKind.MembershipChanged:
                _ = _silo.Membership.RefreshAsync();
                break;
            case MessageKind.ReminderChanged:
                _ = _silo.Reminders.ReloadGrainAsync(GrainId.Parse(message.SystemPayload!));
                break;
        }
    }

    public void SendResponse(Message request, ResponseStatus status, object? result, Exception? exception)
    {
        if (request.IsCancellable && request.Callback is null)
        {
            if (_incomingCancellations.TryRemove((request.Sender, request.Id), out var cancellation))
            {
                cancellation.Dispose();
            }
        }

        if (request.Kind == MessageKind.OneWay || _silo.IsKilled)
        {
            return;
        }

        var method = request.Method;
        if (request.Callback is { } callback)
        {
            if (status == ResponseStatus.Success)
            {
                try
                {
                    callback.Complete(Serializer.CopyResult(callback.Method.ResultType, result));
                }
                catch (GrainSerializationException serializationException)
                {
                    callback.Fail(serializationException);
                }
            }
            else
            {
                callback.Fail(exception!);
            }

            return;
        }

        var response = new Message
        {
            Id = request.Id,
            Kind = MessageKind.Response,
            Sender = Address,
            TargetGrain = request.TargetGrain,
            HandledBy = Address,
            Status = status,
        };
        try
        {
            response.Body = status == ResponseStatus.Error
                ? GrainSerializer.SerializeException(exception!)
                : method is null || method.ResultType == typeof(void) ? null : Serializer.Serialize(result, method.ResultType);
        }
        catch (GrainSerializationException serializationException)
        {
            response.Status = ResponseStatus.Error;
            response.Body = GrainSerializer.SerializeException(serializationException);
        }

        TrySend(request.Sender, response);
    }

    /// <summary>Fails calls waiting on silos that died: their outcome is unknown.</summary>
    public void OnSilosDead(IReadOnlyCollection<SiloAddress> dead)
    {
        foreach (var (grainId, silo) in _addressCache)
        {
            if (dead.Contains(silo))
            {
                _addressCache.TryRemove(grainId, out _);
            }
        }

        foreach (var (_, callback) in Callbacks)
        {
            if (callback.TargetSilo is { } target && dead.Contains(target))
            {
                callback.Fail(new SiloUnavailableException($"Silo {target} died while handling a call to {callback.Target}; the outcome is unknown."));
            }
        }
    }

    /// <summary>Fails calls waiting on a peer whose connection broke, instead of letting them run into their timeout.</summary>
    public void OnConnectionLost(SiloAddress peer)
    {
        _addressCache.Where(e => e.Value == peer).ToList().ForEach(e => _addressCache.TryRemove(e.Key, out _));
        foreach (var (_, callback) in Callbacks)
        {
            if (callback.TargetSilo == peer)
            {
                callback.Fail(new SiloUnavailableException($"The connection to silo {peer} was lost during a call to {callback.Target}; the outcome is unknown."));
            }
        }
    }

    public void FailAllPending(Exception exception)
    {
        foreach (var (_, callback) in Callbacks)
        {
            callback.Fail(exception);
        }
    }

    protected override string ResolveGrainType(Type interfaceType, string? grainClassNamePrefix)
    {
        var local = _silo.LocalClasses.Values
            .Where(c => c.Interfaces.Any(i => i.InterfaceType == interfaceType))
            .Where(c => grainClassNamePrefix is null || (c.ClassType.FullName ?? string.Empty).StartsWith(grainClassNamePrefix, StringComparison.Ordinal))
            .Select(c => c.GrainType)
            .ToArray();
        if (local.Length == 1)
        {
            return local[0];
        }

        return _silo.Membership.Current.ResolveGrainType(interfaceType, grainClassNamePrefix, out var error)
            ?? throw new GrainTypeNotFoundException(error!);
    }

    protected override void SendRequest(Message message) => Route(message);

    protected override void SendCancellation(ResponseCallback callback) =>
        TrySend(callback.TargetSilo!, new Message { Id = callback.Id, Kind = MessageKind.Cancel, Sender = Address, TargetGrain = callback.Target });

    protected override void OnTimeout(ResponseCallback callback) => _silo.Metrics.RecordTimeout(callback.Target.Type);

    private void ReceiveRequest(Message message)
    {
        try
        {
            message.Method = GrainInterfaceMetadata.FromWireName(message.InterfaceName!).GetMethod(message.MethodId);
        }
        catch (LuckyFiveException exception)
        {
            SendResponse(message, ResponseStatus.Error, null, exception);
            return;
        }
        catch (InvalidOperationException exception)
        {
            SendResponse(message, ResponseStatus.Error, null, exception);
            return;
        }

        if (message.IsCancellable)
        {
            var cancellation = new CancellationTokenSource();
            _incomingCancellations[(message.Sender, message.Id)] = cancellation;
            message.CancellationToken = cancellation.Token;
        }

        Route(message);
    }

    private void TrySend(SiloAddress target, Message message)
    {
        try
        {
            _silo.Transport.Send(target, message);
        }
        catch (SiloUnavailableException)
        {
            // The receiver is gone; it no longer waits for this message.
        }
    }
}
