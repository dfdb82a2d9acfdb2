using System.Net;
using System.Text.Json;
using LuckyFive.Hosting;
using LuckyFive.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace LuckyFive.Silo.Tests;

public sealed class OperatorEndpointTests(RunningSiloFixture fixture) : IClassFixture<RunningSiloFixture>
{
    private RunningSilo Silo => fixture.Silo;

    [Fact]
    public async Task Healthz_ProcessUp_AnswersOk()
    {
        var response = await Silo.Http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_SiloActiveAndDatabaseUp_ReportsReadyInSnakeCase()
    {
        var silo = Silo.App.Services.GetRequiredService<ISiloStatusOracle>();
        var options = Silo.App.Services.GetRequiredService<LuckyFiveClusterOptions>();

        using var body = JsonDocument.Parse(await Silo.Http.GetStringAsync(new Uri("/readyz", UriKind.Relative)));

        Assert.Equal("ready", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Active", body.RootElement.GetProperty("silo_status").GetString());
        Assert.Equal(silo.SiloAddress.ToString(), body.RootElement.GetProperty("address").GetString());
        Assert.Equal(options.ClusterId, body.RootElement.GetProperty("cluster_id").GetString());
    }

    [Fact]
    public async Task Metrics_AfterStart_ExposeOrleansMetersInPrometheusText()
    {
        await Silo.App.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).GetHosts();

        var response = await Silo.Http.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        // Orleans' own meter ("Microsoft.Orleans"): membership and activation figures, in Prometheus naming.
        Assert.Matches(@"(?m)^# TYPE orleans_\w+ ", text);
        Assert.Contains("orleans_catalog_activations", text, StringComparison.Ordinal);
        Assert.Contains("otel_scope_name=\"Microsoft.Orleans\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_ReportsTheSiloItsLoadAndActivations()
    {
        var silo = Silo.App.Services.GetRequiredService<ISiloStatusOracle>();
        await Silo.App.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).GetHosts();

        using var body = JsonDocument.Parse(await Silo.Http.GetStringAsync(new Uri("/stats", UriKind.Relative)));
        var root = body.RootElement;

        Assert.Equal(silo.SiloAddress.ToString(), root.GetProperty("address").GetString());
        Assert.Equal("Active", root.GetProperty("status").GetString());
        Assert.True(root.GetProperty("load").GetProperty("activations").GetInt32() >= 1);
        Assert.True(root.GetProperty("load").GetProperty("maximum_available_memory_bytes").GetInt64() > 0);
        Assert.True(root.GetProperty("activations").EnumerateObject().Any(), "no activation is listed");
    }
}

public sealed class SiloConfigurationTests
{
    [Fact]
    public void Build_ConnectionStringMissingAndPortsClash_FailsNamingEveryKey()
    {
        var failure = Assert.Throws<LuckyFiveConfigurationException>(() =>
            SiloHost.Build(["--LuckyFive:SiloPort=12000", "--LuckyFive:GatewayPort=12000", "--LuckyFive:AdvertisedAddress=localhost"]));

        Assert.Contains("LuckyFive:ConnectionString is required", failure.Message, StringComparison.Ordinal);
        Assert.Contains("LuckyFive:GatewayPort and LuckyFive:SiloPort must differ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("LuckyFive:AdvertisedAddress 'localhost' is not an IP address", failure.Message, StringComparison.Ordinal);
        Assert.Equal(3, failure.Problems.Count);
    }
}

public sealed class SiloStartChecksTests(PostgresFixture fixture) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Start_TwoGrainClassesShareAStateName_SiloRefusesToStartNamingThem()
    {
        var connectionString = await fixture.Server.CreateDatabaseAsync();
        await using var app = SiloHost.Build(RunningSilo.Arguments(connectionString), silo =>
            silo.Services.PostConfigure<Orleans.Configuration.GrainTypeOptions>(o =>
            {
                o.Classes.Add(typeof(FirstHolder));
                o.Classes.Add(typeof(SecondHolder));
            }));

        var failure = await Assert.ThrowsAsync<OrleansConfigurationException>(() => app.StartAsync());

        Assert.Contains($"State name 'twice' in storage 'Default' is declared by {typeof(FirstHolder).FullName} and {typeof(SecondHolder).FullName}", failure.Message, StringComparison.Ordinal);
    }

    // Plain classes added to the silo's grain classes by hand, so that no other silo of this assembly sees them.
    internal sealed class FirstHolder([PersistentState("twice")] IPersistentState<int> state)
    {
        public IPersistentState<int> State { get; } = state;
    }

    internal sealed class SecondHolder([PersistentState("twice")] IPersistentState<int> state)
    {
        public IPersistentState<int> State { get; } = state;
    }
}
