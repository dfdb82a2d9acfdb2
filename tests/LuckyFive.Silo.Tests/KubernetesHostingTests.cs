using LuckyFive.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Hosting.Kubernetes;

namespace LuckyFive.Silo.Tests;

public sealed class KubernetesHostingTests
{
    private const string Connection = "--LuckyFive:ConnectionString=Host=127.0.0.1;Port=5432;Username=luckyfive;Database=luckyfive";

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables)
    {
        var values = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return name => values.GetValueOrDefault(name);
    }

    private static readonly Func<string, string?> InPod = Environment((KubernetesHosting.ServiceHostVariable, "10.96.0.1"));

    [Fact]
    public void IsEnabled_UnsetAndNoKubernetesServiceHost_IsOff()
    {
        Assert.False(KubernetesHosting.IsEnabled(new LuckyFiveClusterOptions(), Environment()));
    }

    [Fact]
    public void IsEnabled_UnsetInsideAPod_IsOn()
    {
        Assert.True(KubernetesHosting.IsEnabled(new LuckyFiveClusterOptions(), InPod));
    }

    [Fact]
    public void IsEnabled_EmptyKubernetesServiceHost_IsOff()
    {
        Assert.False(KubernetesHosting.IsEnabled(new LuckyFiveClusterOptions(), Environment((KubernetesHosting.ServiceHostVariable, ""))));
    }

    [Fact]
    public void IsEnabled_TurnedOffInsideAPod_IsOff()
    {
        Assert.False(KubernetesHosting.IsEnabled(new LuckyFiveClusterOptions { KubernetesHosting = false }, InPod));
    }

    [Fact]
    public void IsEnabled_TurnedOnOutsideKubernetes_IsOn()
    {
        Assert.True(KubernetesHosting.IsEnabled(new LuckyFiveClusterOptions { KubernetesHosting = true }, Environment()));
    }

    [Fact]
    public void Problems_InsideAPodWithLoopbackAddress_NamesAdvertisedAddress()
    {
        var problem = Assert.Single(KubernetesHosting.Problems(new LuckyFiveClusterOptions(), InPod));

        Assert.StartsWith("LuckyFive:AdvertisedAddress is 127.0.0.1, a loopback address", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_LoopbackAddressWithKubernetesHostingOff_NoProblem()
    {
        Assert.Empty(KubernetesHosting.Problems(new LuckyFiveClusterOptions { KubernetesHosting = false }, InPod));
    }

    [Fact]
    public void Problems_OrleansIdsDifferFromLuckyFiveIds_NamesBothKeys()
    {
        var options = new LuckyFiveClusterOptions { AdvertisedAddress = "10.1.2.3", ClusterId = "prod", ServiceId = "luckyfive" };
        var environment = Environment(
            (KubernetesHosting.ServiceHostVariable, "10.96.0.1"),
            (KubernetesHosting.ClusterIdVariable, "staging"),
            (KubernetesHosting.ServiceIdVariable, "other"));

        var problems = KubernetesHosting.Problems(options, environment).ToArray();

        Assert.Equal(2, problems.Length);
        Assert.StartsWith("LuckyFive:ClusterId is 'prod' but ORLEANS_CLUSTER_ID is 'staging'", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("LuckyFive:ServiceId is 'luckyfive' but ORLEANS_SERVICE_ID is 'other'", problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_PodAddressAndMatchingIds_NoProblem()
    {
        var options = new LuckyFiveClusterOptions { AdvertisedAddress = "10.1.2.3", ClusterId = "prod" };
        var environment = Environment(
            (KubernetesHosting.ServiceHostVariable, "10.96.0.1"),
            (KubernetesHosting.ClusterIdVariable, "prod"),
            (KubernetesHosting.ServiceIdVariable, "luckyfive"));

        Assert.Empty(KubernetesHosting.Problems(options, environment));
    }

    [Fact]
    public async Task Build_KubernetesHostingOn_RegistersOrleansKubernetesHosting()
    {
        await using var app = SiloHost.Build(
            [Connection, "--LuckyFive:KubernetesHosting=true", "--LuckyFive:AdvertisedAddress=10.1.2.3"]);

        Assert.NotNull(app.Services.GetService<IValidateOptions<KubernetesHostingOptions>>());
    }

    [Fact]
    public async Task Build_KubernetesHostingOff_LeavesOrleansKubernetesHostingOut()
    {
        await using var app = SiloHost.Build([Connection, "--LuckyFive:KubernetesHosting=false"]);

        Assert.Null(app.Services.GetService<IValidateOptions<KubernetesHostingOptions>>());
    }

    [Fact]
    public void Build_KubernetesHostingOnWithLoopbackAddress_RefusesTheConfiguration()
    {
        var error = Assert.Throws<LuckyFiveConfigurationException>(
            () => SiloHost.Build([Connection, "--LuckyFive:KubernetesHosting=true"]));

        Assert.Contains("LuckyFive:AdvertisedAddress is 127.0.0.1, a loopback address", error.Message, StringComparison.Ordinal);
    }
}
