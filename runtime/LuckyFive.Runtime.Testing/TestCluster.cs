using System.Diagnostics;
using LuckyFive.Runtime.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LuckyFive.Runtime.Testing;

/// <summary>
/// N silos and a client in this process, on the real runtime with in-memory infrastructure: one membership table,
/// one grain directory, one transport hub, one storage and one reminder table shared by all silos.
/// <see cref="StopSiloAsync"/> is graceful (grains deactivate); <see cref="KillSiloAsync"/> runs nothing.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private static readonly TimeSpan s_joinVisibilityTimeout = TimeSpan.FromSeconds(30);

    private readonly Action<ISiloBuilder>[] _siloConfigurations;
    private readonly Action<IClientBuilder>[] _clientConfigurations;
    private readonly Dictionary<string, MemoryGrainStorageStore> _stores = new(StringComparer.Ordinal);
    private readonly List<SiloHandle> _silos = [];
    private IHost? _clientHost;
    private int _siloCounter;

    internal TestCluster(TestClusterOptions options, Action<ISiloBuilder>[] siloConfigurations, Action<IClientBuilder>[] clientConfigurations, string[] storageNames)
    {
        Options = options;
        _siloConfigurations = siloConfigurations;
        _clientConfigurations = clientConfigurations;
        _stores[PersistentStateAttribute.DefaultStorageName] = new MemoryGrainStorageStore();
        foreach (var name in storageNames)
        {
            _stores[name] = new MemoryGrainStorageStore();
        }
    }

    /// <summary>The cluster options.</summary>
    public TestClusterOptions Options { get; }

    /// <summary>The membership options every silo and the client use (tuned for tests: fast probes and refreshes).</summary>
    public ClusterMembershipOptions MembershipOptions { get; } = new()
    {
        ProbeTimeout = TimeSpan.FromSeconds(1),
        NumMissedProbesLimit = 3,
        TableRefreshTimeout = TimeSpan.FromSeconds(2),
        IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5),
    };

    /// <summary>The in-memory network.</summary>
    public InMemoryTransportHub TransportHub { get; } = new();

    /// <summary>The shared membership table.</summary>
    public InMemoryMembershipTable MembershipTable { get; } = new();

    /// <summary>The shared grain directory.</summary>
    public InMemoryGrainDirectory GrainDirectory { get; } = new();

    /// <summary>The shared reminder table.</summary>
    public InMemoryReminderTable ReminderTable { get; } = new();

    /// <summary>The shared default grain storage records.</summary>
    public MemoryGrainStorageStore DefaultStorage => _stores[PersistentStateAttribute.DefaultStorageName];

    /// <summary>The client.</summary>
    public IClusterClient Client => _clientHost?.Services.GetRequiredService<IClusterClient>()
        ?? throw new InvalidOperationException("The client is not initialized; call DeployAsync or InitializeClientAsync.");

    /// <summary>The client's grain factory.</summary>
    public IGrainFactory GrainFactory => Client;

    /// <summary>Every silo started, including stopped and killed ones.</summary>
    public IReadOnlyList<SiloHandle> Silos => _silos;

    /// <summary>The first silo.</summary>
    public SiloHandle Primary => _silos[0];

    /// <summary>Silos other than the first.</summary>
    public IReadOnlyList<SiloHandle> SecondarySilos => _silos.Skip(1).ToArray();

    /// <summary>
    /// How long membership needs to notice a change: after a kill, enough missed probes plus gossip; otherwise a
    /// table refresh.
    /// </summary>
    public static TimeSpan GetLivenessStabilizationTime(ClusterMembershipOptions options, bool didKill = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stabilization = options.UseLivenessGossip ? TimeSpan.FromSeconds(5) : options.TableRefreshTimeout * 2;
        return didKill ? (options.ProbeTimeout * (options.NumMissedProbesLimit + 1)) + stabilization : stabilization;
    }

    /// <summary>Starts the initial silos and, unless disabled, the client.</summary>
    public async Task DeployAsync()
    {
        for (var i = 0; i < Options.InitialSilosCount; i++)
        {
            await StartAdditionalSiloAsync().ConfigureAwait(false);
        }

        if (Options.InitializeClientOnDeploy)
        {
            await InitializeClientAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Starts the client.</summary>
    public async Task InitializeClientAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        ConfigureCommon(builder.Services);
        builder.Services.AddClusterClient(client =>
        {
            client.UseInMemoryClustering(TransportHub, MembershipTable);
            foreach (var configure in _clientConfigurations)
            {
                configure(client);
            }
        });
        _clientHost = builder.Build();
        await _clientHost.StartAsync().ConfigureAwait(false);
    }

    /// <summary>Starts one more silo and waits until it is active and every active silo's view says so.</summary>
    public async Task<SiloHandle> StartAdditionalSiloAsync()
    {
        var name = $"{Options.ClusterId}-silo-{Interlocked.Increment(ref _siloCounter)}";
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        ConfigureCommon(builder.Services);
        builder.Services.Configure<SiloOptions>(o => o.SiloName = name);
        builder.Services.Configure<ReminderOptions>(o =>
        {
            o.MinimumReminderPeriod = TimeSpan.FromMilliseconds(100);
            o.RefreshReminderListPeriod = TimeSpan.FromSeconds(5);
        });
        builder.Services.AddSilo(silo =>
        {
            silo.UseInMemoryClustering(TransportHub, MembershipTable, GrainDirectory);
            silo.UseInMemoryReminderService(ReminderTable);
            foreach (var (storageName, store) in _stores)
            {
                silo.AddMemoryGrainStorage(storageName, store);
            }

            foreach (var configure in _siloConfigurations)
            {
                configure(silo);
            }
        });
        var host = builder.Build();
        var handle = new SiloHandle(name, host, host.Services.GetRequiredService<SiloRuntime>());
        await host.StartAsync().ConfigureAwait(false);
        _silos.Add(handle);
        await WaitUntilEverySiloSeesAsync(handle.SiloAddress).ConfigureAwait(false);
        await RefreshClientAsync().ConfigureAwait(false);
        return handle;
    }

    /// <summary>Starts one more silo (blocking form).</summary>
    public SiloHandle StartAdditionalSilo() => StartAdditionalSiloAsync().GetAwaiter().GetResult();

    /// <summary>Stops a silo gracefully: grains deactivate (<c>OnDeactivateAsync</c> runs), then it leaves the cluster.</summary>
    public async Task StopSiloAsync(SiloHandle silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        if (!silo.IsActive)
        {
            return;
        }

        silo.IsActive = false;
        await silo.Host.StopAsync().ConfigureAwait(false);
        silo.Host.Dispose();
        await RefreshClientAsync().ConfigureAwait(false);
    }

    /// <summary>Kills a silo: no grain code runs and nothing is written; peers must vote it dead.</summary>
    public async Task KillSiloAsync(SiloHandle silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        if (!silo.IsActive)
        {
            return;
        }

        silo.IsActive = false;
        silo.Runtime.Kill();
        await silo.Host.StopAsync(new CancellationToken(canceled: true)).ConfigureAwait(false);
        silo.Host.Dispose();
        await RefreshClientAsync().ConfigureAwait(false);
    }

    /// <summary>Silos still running.</summary>
    public IReadOnlyList<SiloHandle> GetActiveSilos() => _silos.Where(s => s.IsActive).ToArray();

    /// <summary>The services of a silo (the primary when <paramref name="siloAddress"/> is null).</summary>
    public IServiceProvider GetSiloServiceProvider(SiloAddress? siloAddress = null) =>
        (siloAddress is null ? Primary : _silos.Single(s => s.SiloAddress == siloAddress)).ServiceProvider;

    /// <summary>The silo hosting an activation of <paramref name="grainId"/>, or null.</summary>
    public SiloHandle? FindSiloHosting(GrainId grainId) => GetActiveSilos().FirstOrDefault(s => s.HostsActivation(grainId));

    /// <summary>
    /// Waits until every running silo sees every running silo as active and every stopped or killed silo as dead,
    /// polling, with a deadline of four times <see cref="GetLivenessStabilizationTime"/>.
    /// </summary>
    public async Task WaitForLivenessToStabilizeAsync(bool didKill = false)
    {
        var deadline = GetLivenessStabilizationTime(MembershipOptions, didKill) * 4;
        var watch = Stopwatch.StartNew();
        while (!IsStable())
        {
            if (watch.Elapsed > deadline)
            {
                throw new TimeoutException($"Membership did not stabilize within {deadline}.");
            }

            await Task.Delay(50).ConfigureAwait(false);
        }

        await RefreshClientAsync().ConfigureAwait(false);
    }

    /// <summary>Stops every silo gracefully.</summary>
    public async Task StopAllSilosAsync()
    {
        foreach (var silo in _silos.Where(s => s.IsActive).Reverse().ToArray())
        {
            await StopSiloAsync(silo).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_clientHost is not null)
        {
            await _clientHost.StopAsync().ConfigureAwait(false);
            _clientHost.Dispose();
            _clientHost = null;
        }

        // Tear-down need not be graceful: killing is fast and runs no grain code.
        foreach (var silo in _silos.Where(s => s.IsActive).ToArray())
        {
            await KillSiloAsync(silo).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Peers learn of a new silo from an asynchronous table refresh; until they do, placement on them (hash-based,
    /// activation-count) works from a smaller silo set. Tests start from a cluster every silo agrees on.
    /// </summary>
    private async Task WaitUntilEverySiloSeesAsync(SiloAddress joined)
    {
        var watch = Stopwatch.StartNew();
        while (GetActiveSilos().Any(s => s.Runtime.Membership.Current.GetStatus(joined) != SiloStatus.Active))
        {
            if (watch.Elapsed > s_joinVisibilityTimeout)
            {
                throw new TimeoutException($"Silo {joined} joined, but not every silo saw it within {s_joinVisibilityTimeout}.");
            }

            await Task.Delay(5).ConfigureAwait(false);
        }
    }

    private bool IsStable()
    {
        var running = GetActiveSilos().Select(s => s.SiloAddress).ToHashSet();
        var gone = _silos.Where(s => !s.IsActive).Select(s => s.SiloAddress).ToArray();
        foreach (var silo in GetActiveSilos())
        {
            var view = silo.Runtime.Membership.Current;
            if (running.Any(r => view.GetStatus(r) != SiloStatus.Active) || gone.Any(g => view.GetStatus(g) is not (SiloStatus.Dead or SiloStatus.None)))
            {
                return false;
            }
        }

        return true;
    }

    private void ConfigureCommon(IServiceCollection services)
    {
        services.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = Options.ClusterId;
            o.ServiceId = Options.ServiceId;
        });
        services.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = MembershipOptions.ProbeTimeout;
            o.NumMissedProbesLimit = MembershipOptions.NumMissedProbesLimit;
            o.TableRefreshTimeout = MembershipOptions.TableRefreshTimeout;
            o.IAmAliveTablePublishTimeout = MembershipOptions.IAmAliveTablePublishTimeout;
            o.NumVotesForDeathDeclaration = MembershipOptions.NumVotesForDeathDeclaration;
            o.UseLivenessGossip = MembershipOptions.UseLivenessGossip;
        });
    }

    private async Task RefreshClientAsync()
    {
        if (_clientHost?.Services.GetService<ClusterClient>() is { } client)
        {
            await client.RefreshAsync().ConfigureAwait(false);
        }
    }
}
