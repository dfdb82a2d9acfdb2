using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime;

/// <summary>
/// One silo: owns the catalog, routing, membership, placement, reminders and statistics, and runs the start,
/// graceful stop and kill sequences.
/// </summary>
internal sealed class SiloRuntime : IDisposable
{
    private static int s_generation = (int)(DateTime.UtcNow - new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds;
    private readonly IMembershipTable _membershipTable;
    private readonly string _siloName;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IGrainStorage?> _storages = new(StringComparer.Ordinal);
    private Timer? _statisticsTimer;
    private readonly long _activationIdPrefix = Random.Shared.NextInt64();
    private volatile bool _isKilled;
    private long _activationIdCounter;

    public SiloRuntime(
        IServiceProvider services,
        IOptions<SiloOptions> siloOptions,
        IOptions<MessagingOptions> messagingOptions,
        IOptions<GrainCollectionOptions> collectionOptions,
        IOptions<ClusterMembershipOptions> membershipOptions,
        IOptions<PlacementOptions> placementOptions,
        IOptions<ReminderOptions> reminderOptions,
        GrainSerializer serializer,
        IGrainDirectory directory,
        IMembershipTable membershipTable,
        IMessageTransport transport,
        IEnumerable<GrainClassRegistration> grainClasses,
        IEnumerable<IIncomingGrainCallFilter> incomingFilters,
        IEnumerable<IOutgoingGrainCallFilter> outgoingFilters,
        RuntimeMetrics metrics,
        ILoggerFactory loggerFactory)
    {
        _siloName = siloOptions.Value.SiloName ?? $"silo-{Guid.NewGuid():N}";
        Address = new SiloAddress(_siloName, Interlocked.Increment(ref s_generation));
        Services = services;
        Serializer = serializer;
        Directory = directory;
        Transport = transport;
        CollectionOptions = collectionOptions.Value;
        Logger = loggerFactory.CreateLogger("LuckyFive.Runtime.Silo");
        Metrics = metrics;
        IncomingFilters = incomingFilters.ToArray();
        LocalClasses = grainClasses
            .Select(r => r.GrainClass).Distinct()
            .Select(t => new GrainClassMetadata(t))
            .ToDictionary(c => c.GrainType, StringComparer.Ordinal);
        _membershipTable = membershipTable;
        Catalog = new Catalog(this);
        Client = new InsideRuntimeClient(this, messagingOptions.Value, outgoingFilters, Logger);
        Membership = new MembershipAgent(this, membershipTable, membershipOptions.Value, Logger);
        Statistics = new SiloStatisticsCache();
        Placement = new PlacementService(this, services, placementOptions.Value);
        Collector = new ActivationCollector(this);
        Watchdog = new LifecycleWatchdog(CollectionOptions.ActivationTimeout);
        Reminders = new LocalReminderService(this, services.GetService<IReminderTable>(), reminderOptions.Value);
        PlacementPublishPeriod = placementOptions.Value.StatisticsPublishPeriod;
        metrics.Attach(this);
    }

    public SiloAddress Address { get; }

    public string SiloName => _siloName;

    public IServiceProvider Services { get; }

    public GrainSerializer Serializer { get; }

    public IGrainDirectory Directory { get; }

    public IMessageTransport Transport { get; }

    public GrainCollectionOptions CollectionOptions { get; }

    public ILogger Logger { get; }

    public RuntimeMetrics Metrics { get; }

    public IIncomingGrainCallFilter[] IncomingFilters { get; }

    public IReadOnlyDictionary<string, GrainClassMetadata> LocalClasses { get; }

    public Catalog Catalog { get; }

    public InsideRuntimeClient Client { get; }

    public MembershipAgent Membership { get; }

    public SiloStatisticsCache Statistics { get; }

    public PlacementService Placement { get; }

    public ActivationCollector Collector { get; }

    public LocalReminderService Reminders { get; }

    public LifecycleWatchdog Watchdog { get; }

    public bool IsKilled => _isKilled;

    /// <summary>
    /// A new activation id: random per silo in the high half, a counter in the low half. Unique like
    /// <see cref="Guid.NewGuid"/> without a system call per activation.
    /// </summary>
    public Guid NewActivationId()
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, _activationIdPrefix);
        BitConverter.TryWriteBytes(bytes[8..], Interlocked.Increment(ref _activationIdCounter));
        return new Guid(bytes);
    }

    /// <summary>The storage provider registered under <paramref name="name"/>, cached after the first lookup.</summary>
    public IGrainStorage? GetStorage(string name) =>
        _storages.GetOrAdd(name, static (key, services) => services.GetKeyedService<IGrainStorage>(key), Services);

    public SiloStatus Status { get; private set; } = SiloStatus.Created;

    private TimeSpan PlacementPublishPeriod { get; }

    public async Task StartAsync()
    {
        var validator = new SerializabilityValidator(Serializer);
        foreach (var grainClass in LocalClasses.Values)
        {
            foreach (var grainInterface in grainClass.Interfaces)
            {
                validator.ValidateInterface(grainInterface);
            }

            foreach (var (parameter, attribute) in grainClass.StateParameters)
            {
                validator.Validate(parameter.ParameterType.GetGenericArguments()[0], $"state '{attribute.StateName}' of {grainClass.ClassType.FullName}");
            }
        }

        Status = SiloStatus.Joining;
        Membership.Changed += OnMembershipChanged;
        Transport.Start(Address, Client.OnMessageReceived);
        var descriptors = LocalClasses.Values.Select(c => c.ToDescriptor(DefaultStrategy())).ToArray();
        await Membership.JoinAsync(_siloName, descriptors).ConfigureAwait(false);
        Status = SiloStatus.Active;
        Collector.Start();
        _statisticsTimer = new Timer(_ => PublishStatistics(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        PublishStatistics(); // Announces this silo's load now; later publications follow the shared schedule.
        await Reminders.StartAsync().ConfigureAwait(false);
        RuntimeLog.SiloStarted(Logger, Address, LocalClasses.Count);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested || _isKilled)
        {
            Kill();
            return;
        }

        // Each phase is logged with its duration, so a slow shutdown shows where the time went.
        var phase = System.Diagnostics.Stopwatch.StartNew();
        void Done(string name)
        {
            RuntimeLog.ShutdownPhase(Logger, Address, name, phase.Elapsed.TotalMilliseconds);
            phase.Restart();
        }

        Status = SiloStatus.ShuttingDown;
        await AnnounceAsync("ShuttingDown", async () =>
        {
            await Membership.WriteOwnStatusAsync(SiloStatus.ShuttingDown).ConfigureAwait(false);
            await Membership.RefreshAsync().ConfigureAwait(false);
        }).ConfigureAwait(false);
        Done("announce ShuttingDown");
        Reminders.Stop();
        Collector.Dispose();
        _statisticsTimer?.Dispose();
        Done("stop reminders and collection");
        await Catalog.DeactivateAllAsync(
            new DeactivationReason(DeactivationReasonCode.ShuttingDown, "The silo is shutting down."),
            CollectionOptions.DeactivationTimeout).ConfigureAwait(false);
        Done("deactivate grains (state saved, directory entries released)");
        await AnnounceAsync("Dead", Membership.LeaveAsync).ConfigureAwait(false);
        Status = SiloStatus.Dead;
        Done("announce Dead");
        Transport.StopListening();
        RuntimeLog.SiloStopped(Logger, Address);
    }

    /// <summary>
    /// A membership write at shutdown that fails (the database is down, say) must not keep the process from
    /// stopping: the silo goes on, and its peers declare it dead as they would after a crash.
    /// </summary>
    private async Task AnnounceAsync(string phase, Func<Task> write)
    {
        try
        {
            await write().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            RuntimeLog.ShutdownAnnounceFailed(Logger, exception, Address, phase);
        }
    }

    /// <summary>Stops without running any grain code or writing to the membership table: peers must vote it dead.</summary>
    public void Kill()
    {
        _isKilled = true;
        Status = SiloStatus.Dead;
        Transport.StopListening();
        Membership.StopTimers();
        Reminders.Stop();
        Collector.Dispose();
        _statisticsTimer?.Dispose();
        Catalog.KillAll();
        Client.FailAllPending(new SiloUnavailableException($"Silo {Address} was stopped abruptly."));
        RuntimeLog.SiloKilled(Logger, Address);
    }

    public void Dispose()
    {
        Membership.Changed -= OnMembershipChanged;
        Membership.Dispose();
        Collector.Dispose();
        Watchdog.Dispose();
        _statisticsTimer?.Dispose();
        Reminders.Stop();
        Client.Dispose();
    }

    private PlacementStrategy DefaultStrategy() =>
        Services.GetRequiredService<IOptions<PlacementOptions>>().Value.DefaultPlacementStrategy;

    private void PublishStatistics()
    {
        if (_isKilled)
        {
            return;
        }

        try
        {
            var sample = Statistics.Sample(Catalog.Count);
            Statistics.Update(Address, sample);
            var payload = System.Text.Json.JsonSerializer.Serialize(sample, Serializer.Options);
            foreach (var peer in Membership.Current.ActiveSilos.Where(p => p != Address))
            {
                try
                {
                    Transport.Send(peer, new Message { Kind = MessageKind.Statistics, Sender = Address, SystemPayload = payload });
                }
                catch (SiloUnavailableException)
                {
                    // The peer is going away; membership will notice.
                }
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A timer callback must not throw (it would end the process), and one failed round must not end them all.
            RuntimeLog.StatisticsPublishFailed(Logger, exception, Address);
        }
        finally
        {
            ScheduleNextPublication();
        }
    }

    /// <summary>
    /// Publications fall on multiples of the period in UTC, so every silo refreshes its figures at the same moment.
    /// Staggered publications skew placement: a silo that has just published its full count looks heavier than
    /// peers known only by their older figures plus this silo's own placements, and a burst avoids it.
    /// </summary>
    private void ScheduleNextPublication()
    {
        var period = PlacementPublishPeriod.Ticks;
        try
        {
            _statisticsTimer?.Change(TimeSpan.FromTicks(period - (DateTime.UtcNow.Ticks % period)), Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // The silo stopped.
        }
    }

    private async Task DeactivateOrphansAsync()
    {
        try
        {
            await Catalog.DeactivateOrphansAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            RuntimeLog.MembershipRefreshFailed(Logger, exception);
        }
    }

    private void OnMembershipChanged(ClusterMembershipSnapshot previous, ClusterMembershipSnapshot current)
    {
        if (current.GetStatus(Address) == SiloStatus.Dead && !_isKilled && Status == SiloStatus.Active)
        {
            RuntimeLog.ToldDead(Logger, Address);
            Kill();
            return;
        }

        var dead = previous.Members.Keys
            .Where(s => previous.GetStatus(s) != SiloStatus.Dead && current.GetStatus(s) is SiloStatus.Dead or SiloStatus.None)
            .ToArray();
        if (dead.Length > 0)
        {
            Client.OnSilosDead(dead);
            foreach (var silo in dead)
            {
                Statistics.Remove(silo);
            }

            _ = Directory.UnregisterSilos(dead);
        }

        _ = DeactivateOrphansAsync();
        Reminders.OnMembershipChanged();
    }
}
