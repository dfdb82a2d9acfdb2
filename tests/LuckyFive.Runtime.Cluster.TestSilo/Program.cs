using System.Diagnostics;
using LuckyFive.Runtime;
using LuckyFive.Runtime.Abstractions;
using LuckyFive.Runtime.Cluster.TestSilo;
using LuckyFive.Runtime.Postgres.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

// A silo for the multi-process tests, hosted exactly as a product silo is (AddLuckyFiveSilo): PostgreSQL membership,
// directory, state and reminders, TCP messaging. Configuration: --LuckyFive:ClusterId=, --LuckyFive:ConnectionString=,
// --LuckyFive:ClusterSecret=, --LuckyFive:SiloPort=. Prints "READY <silo address>" once active, then serves
// commands on stdin, one per line: "add <key> <n>", "add-unsaved <key> <n>", "get <key>", "hold <key> <seconds>", "tick <key>"; each answers one line,
// "OK <total> <silo>" or "ERR <exception type>: <message>".
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.ClearProviders();
builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning)
    .AddFilter("LuckyFive.Runtime.Silo", LogLevel.Information);
// Probes use the defaults (the tests check that a killed silo is declared dead within 10 s with them); IAmAlive
// and table refreshes are faster so that a whole-cluster restart test need not wait a minute for stale rows.
builder.Services.Configure<ClusterMembershipOptions>(o =>
{
    o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(2);
    o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
    o.DefunctSiloExpiration = TimeSpan.FromSeconds(3);
});
builder.Services.Configure<ReminderOptions>(o =>
{
    o.MinimumReminderPeriod = TimeSpan.FromMilliseconds(500);
    o.RefreshReminderListPeriod = TimeSpan.FromSeconds(2);
});
builder.AddLuckyFiveSilo(silo => silo.AddGrain<CounterGrain>().AddActivityPropagation());

// Records grain-call spans as a trace exporter would, so grains run inside them.
using var spans = new ActivityListener
{
    ShouldListenTo = source => source.Name == GrainCallActivities.ApplicationSourceName,
    Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
};
ActivitySource.AddActivityListener(spans);

using var host = builder.Build();
await host.StartAsync();
var grains = host.Services.GetRequiredService<IGrainFactory>();
var address = host.Services.GetRequiredService<IOptions<SiloOptions>>().Value.SiloName;
Console.WriteLine($"READY {address}");

var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
_ = Task.Run(async () =>
{
    while (await Console.In.ReadLineAsync() is { } line)
    {
        Console.WriteLine(await ExecuteAsync(grains, line));
    }
});
await host.WaitForShutdownAsync();

static async Task<string> ExecuteAsync(IGrainFactory grains, string line)
{
    var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    try
    {
        var counter = grains.GetGrain<ICounterGrain>(parts[1]);
        var result = parts[0] switch
        {
            "add" => await counter.AddAndSave(int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture)),
            "add-unsaved" => await counter.AddUnsaved(int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture)),
            "get" => await counter.Read(),
            "hold" => await counter.Hold(int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture)),
            "tick" => await counter.StartTicking(),
            _ => throw new ArgumentException($"unknown command '{parts[0]}'"),
        };
        return $"OK {result}";
    }
    catch (Exception e)
    {
        return $"ERR {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}";
    }
}
