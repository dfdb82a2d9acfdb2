using LuckyFive.Runtime.Postgres.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LuckyFive.Runtime.Postgres.Tests.Hosting;

public sealed class LuckyFiveHostingTests
{
    [Fact]
    public async Task AddLuckyFiveSilo_MissingAndInvalidSettings_FailsAtStartNamingEveryKey()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LuckyFive:ClusterSecret"] = "short",
            ["LuckyFive:ListenAddress"] = "not-an-ip",
            ["LuckyFive:SiloPort"] = "70000",
        });
        builder.AddLuckyFiveSilo();
        using var host = builder.Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        var messages = string.Join(" | ", Flatten(error).OfType<OptionsValidationException>().SelectMany(e => e.Failures));
        Assert.Contains("LuckyFive:ConnectionString is required", messages, StringComparison.Ordinal);
        Assert.Contains("LuckyFive:ClusterSecret must be at least 16 characters (it has 5)", messages, StringComparison.Ordinal);
        Assert.Contains("LuckyFive:ListenAddress 'not-an-ip' is not an IP address", messages, StringComparison.Ordinal);
        Assert.Contains("LuckyFive:SiloPort must be 0..65535 (got 70000)", messages, StringComparison.Ordinal);
        Assert.DoesNotContain("short", messages.Replace("must be at least", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddLuckyFiveClient_NoConnectionString_FailsAtStart()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["LuckyFive:ClusterSecret"] = "a-long-enough-cluster-secret" });
        builder.AddLuckyFiveClient();
        using var host = builder.Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains(Flatten(error).OfType<OptionsValidationException>(), e => e.Failures.Any(f => f.Contains("ConnectionString", StringComparison.Ordinal)));
    }

    private static IEnumerable<Exception> Flatten(Exception error) =>
        error is AggregateException aggregate ? aggregate.InnerExceptions.SelectMany(Flatten) : [error];
}
