using LuckyFive.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace LuckyFive.Cluster.Benchmarks;

/// <summary>This process as an external Orleans client of a run's cluster, built as the API builds its client.</summary>
internal static class BenchmarkClient
{
    /// <summary>A client host, not yet started; calls wait up to <paramref name="responseTimeout"/> for an answer.</summary>
    public static IHost Build(ClusterSettings cluster, TimeSpan responseTimeout)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LuckyFive:ConnectionString"] = cluster.ConnectionString,
            ["LuckyFive:ClusterId"] = cluster.ClusterId,
            ["LuckyFive:ServiceId"] = cluster.ServiceId,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:Console:LogToStandardErrorThreshold"] = "Trace",
        });
        builder.AddLuckyFiveClient(c => c.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = responseTimeout));
        return builder.Build();
    }
}
