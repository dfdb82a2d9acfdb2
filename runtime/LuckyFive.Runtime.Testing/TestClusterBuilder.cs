namespace LuckyFive.Runtime.Testing;

/// <summary>
/// Builds a <see cref="TestCluster"/>: N silos (default 2) in this process sharing in-memory membership, grain
/// directory, transport, storage and reminders, plus a client. No ports, unique cluster ids.
/// </summary>
public sealed class TestClusterBuilder
{
    private readonly List<Action<ISiloBuilder>> _siloConfigurations = [];
    private readonly List<Action<IClientBuilder>> _clientConfigurations = [];
    private readonly List<string> _storageNames = [];

    /// <summary>Creates a builder for <paramref name="initialSilosCount"/> silos.</summary>
    public TestClusterBuilder(int initialSilosCount = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(initialSilosCount, 0);
        Options.InitialSilosCount = initialSilosCount;
    }

    /// <summary>The cluster options.</summary>
    public TestClusterOptions Options { get; } = new();

    /// <summary>Configures every silo.</summary>
    public TestClusterBuilder ConfigureSilo(Action<ISiloBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _siloConfigurations.Add(configure);
        return this;
    }

    /// <summary>Configures the client.</summary>
    public TestClusterBuilder ConfigureClient(Action<IClientBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _clientConfigurations.Add(configure);
        return this;
    }

    /// <summary>Configures every silo with a configurator class.</summary>
    public TestClusterBuilder AddSiloBuilderConfigurator<TConfigurator>()
        where TConfigurator : ISiloConfigurator, new() => ConfigureSilo(new TConfigurator().Configure);

    /// <summary>Configures the client with a configurator class.</summary>
    public TestClusterBuilder AddClientBuilderConfigurator<TConfigurator>()
        where TConfigurator : IClientBuilderConfigurator, new() => ConfigureClient(new TConfigurator().Configure);

    /// <summary>Adds a named in-memory grain storage shared by all silos (the default storage is always added).</summary>
    public TestClusterBuilder AddMemoryGrainStorage(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _storageNames.Add(name);
        return this;
    }

    /// <summary>Builds the cluster; call <see cref="TestCluster.DeployAsync"/> to start it.</summary>
    public TestCluster Build() => new(Options, [.. _siloConfigurations], [.. _clientConfigurations], [.. _storageNames]);
}
