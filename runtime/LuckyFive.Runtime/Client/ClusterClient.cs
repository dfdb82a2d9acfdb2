using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime;

/// <summary>
/// A client outside the silos: finds silos through the membership table and sends each call to one of them (its
/// gateway), which routes it to the grain's activation. Arguments are always serialized.
/// </summary>
internal sealed class ClusterClient : RuntimeClient, IClusterClient
{
    /// <summary>An unknown grain type or an empty gateway list re-reads the table at most this often.</summary>
    private static readonly TimeSpan s_onDemandRefreshInterval = TimeSpan.FromSeconds(1);

    /// <summary>How long GetGrain waits for that read before answering from the view it has.</summary>
    private static readonly TimeSpan s_onDemandRefreshWait = TimeSpan.FromSeconds(5);

    private readonly IMembershipTable _table;
    private readonly IMessageTransport _transport;
    private readonly TimeSpan _refreshPeriod;
    private readonly Lock _refreshLock = new();
    private volatile ClusterMembershipSnapshot _view = ClusterMembershipSnapshot.Empty;
    private Task? _onDemandRefresh;
    private long _onDemandRefreshStarted;
    private Timer? _refreshTimer;
    private int _nextGateway;

    public ClusterClient(
        IServiceProvider serviceProvider,
        GrainSerializer serializer,
        IOptions<MessagingOptions> messagingOptions,
        IOptions<ClusterMembershipOptions> membershipOptions,
        IEnumerable<IOutgoingGrainCallFilter> filters,
        IMembershipTable table,
        IMessageTransport transport,
        ILoggerFactory loggerFactory)
        : base(serializer, messagingOptions.Value, filters, loggerFactory.CreateLogger("LuckyFive.Runtime.Client"))
    {
        ServiceProvider = serviceProvider;
        _table = table;
        _transport = transport;
        _refreshPeriod = membershipOptions.Value.TableRefreshTimeout;
        // Over a network the client's address must be reachable: silos answer on their own connection to it.
        Address = transport is TcpMessageTransport tcp
            ? new SiloAddress(tcp.AdvertisedEndpoint().ToString(), Environment.ProcessId)
            : new SiloAddress($"client-{Guid.NewGuid():N}", 0);
        if (transport is IPeerFailureSource failures)
        {
            failures.PeerUnavailable += OnGatewayLost;
        }
    }

    public IServiceProvider ServiceProvider { get; }

    public override SiloAddress Address { get; }

    public async Task StartAsync()
    {
        _transport.Start(Address, OnMessage);
        await RefreshAsync().ConfigureAwait(false);
        _refreshTimer = new Timer(_ => _ = RefreshAsync(), null, _refreshPeriod, _refreshPeriod);
    }

    public Task StopAsync()
    {
        _refreshTimer?.Dispose();
        _transport.StopListening();
        foreach (var (_, callback) in Callbacks)
        {
            callback.Fail(new LuckyFiveException("The cluster client was stopped."));
        }

        return Task.CompletedTask;
    }

    public async Task RefreshAsync()
    {
        var data = await _table.ReadAll().ConfigureAwait(false);
        _view = new ClusterMembershipSnapshot(data.Members.Select(m => m.Entry), data.Version.Version);
    }

    protected override string ResolveGrainType(Type interfaceType, string? grainClassNamePrefix)
    {
        var grainType = _view.ResolveGrainType(interfaceType, grainClassNamePrefix, out _);
        if (grainType is not null)
        {
            return grainType;
        }

        // The view may predate a silo that just joined. GetGrain is synchronous, so this waits for one table read;
        // callers share it, and a flood of unknown types costs at most one read a second.
        try
        {
            RefreshOnDemandAsync().Wait(s_onDemandRefreshWait);
        }
        catch (AggregateException)
        {
            // The table is unreachable: answer from the view there is.
        }

        return _view.ResolveGrainType(interfaceType, grainClassNamePrefix, out var error) ?? throw new GrainTypeNotFoundException(error!);
    }

    protected override void SendRequest(Message message)
    {
        var wire = message.CloneHeaders();
        wire.Body = Serializer.SerializeArguments(message.Method!, message.Arguments!);
        wire.RequestContextBody = Serializer.SerializeContext(message.RequestContextData);
        var gateways = _view.ActiveSilos;
        if (gateways.Count == 0)
        {
            _ = RefreshOnDemandAsync(); // So that a call made once the silos are up finds them.
            throw new SiloUnavailableException("No active silo is available as a gateway.");
        }

        // Try each gateway once: the request was not delivered, so trying another keeps at-most-once.
        for (var attempt = 0; attempt < gateways.Count; attempt++)
        {
            var gateway = gateways[(int)((uint)Interlocked.Increment(ref _nextGateway) % (uint)gateways.Count)];
            if (message.Callback is { } callback)
            {
                callback.TargetSilo = gateway;
            }

            try
            {
                _transport.Send(gateway, wire);
                return;
            }
            catch (SiloUnavailableException)
            {
                if (attempt == gateways.Count - 1)
                {
                    throw;
                }
            }
        }
    }

    /// <summary>Re-reads the table now, unless a read started less than a second ago: then that read is returned.</summary>
    private Task RefreshOnDemandAsync()
    {
        lock (_refreshLock)
        {
            var now = Environment.TickCount64;
            if (_onDemandRefresh is { } recent && now - _onDemandRefreshStarted < (long)s_onDemandRefreshInterval.TotalMilliseconds)
            {
                return recent;
            }

            _onDemandRefreshStarted = now;
            return _onDemandRefresh = RefreshAsync();
        }
    }

    protected override void SendCancellation(ResponseCallback callback) =>
        _transport.Send(callback.TargetSilo!, new Message { Id = callback.Id, Kind = MessageKind.Cancel, Sender = Address, TargetGrain = callback.Target });

    /// <summary>Calls sent through a gateway whose connection broke fail now rather than at their timeout.</summary>
    private void OnGatewayLost(SiloAddress gateway)
    {
        // The gateway may be gone for good: re-read the table rather than wait for the next periodic refresh.
        _ = RefreshAsync();
        foreach (var (_, callback) in Callbacks)
        {
            if (callback.TargetSilo == gateway)
            {
                callback.Fail(new SiloUnavailableException($"The connection to gateway {gateway} was lost during a call to {callback.Target}; the outcome is unknown."));
            }
        }
    }

    private void OnMessage(Message message)
    {
        if (message.Kind == MessageKind.Response)
        {
            ReceiveResponse(message);
        }
    }
}
