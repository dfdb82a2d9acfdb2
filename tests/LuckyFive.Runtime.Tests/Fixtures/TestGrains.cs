using Microsoft.Extensions.DependencyInjection;

namespace LuckyFive.Runtime.Tests.Fixtures;

public static class TestGrains
{
    /// <summary>
    /// Hosts every test grain class of the <c>Grains</c> namespace; those in its sub-namespaces (deliberately invalid
    /// grains, grains only some silos host) are added by the tests that want them.
    /// </summary>
    public static ISiloBuilder AddTestGrains(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        foreach (var type in typeof(TestGrains).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(IGrainBase).IsAssignableFrom(t))
            .Where(t => t.Namespace == typeof(PingGrain).Namespace))
        {
            silo.Services.AddSingleton(new GrainClassRegistration(type));
        }

        return silo;
    }

    /// <summary>Builds and deploys a cluster of <paramref name="silos"/> silos hosting the test grains.</summary>
    public static async Task<TestCluster> DeployAsync(int silos, Action<ISiloBuilder>? configure = null)
    {
        var builder = new TestClusterBuilder(silos);
        builder.ConfigureSilo(silo =>
        {
            silo.AddTestGrains();
            configure?.Invoke(silo);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
