using System.Globalization;
using LuckyFive.Cluster.TestSilo;
using LuckyFive.Silo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Runtime;

// A silo for the multi-process tests, hosted exactly as the product silo is (SiloHost.Build), plus the counter grain.
// Configuration as for the product silo: --LuckyFive:ClusterId=, --LuckyFive:ConnectionString=, --LuckyFive:SiloPort=,
// --LuckyFive:GatewayPort=, --LuckyFive:Membership:*. Standard output carries only the protocol (logs go to standard
// error): "READY <ip:port>" once the silo is Active, then one answer line per command line read from standard input:
// "add <key> <n>", "add-unsaved <key> <n>", "get <key>", "hold <key> <seconds>", "tick <key>", each answering
// "OK <total> <ip:port of the hosting silo>" or "ERR <exception type>: <message>". The silo stops when its standard
// input closes, so a test run that dies does not leave silos behind.
string[] defaults =
[
    "--urls=http://127.0.0.1:0",
    "--Logging:Console:LogToStandardErrorThreshold=Trace",
    "--Logging:LogLevel:Default=Warning",
    "--Logging:LogLevel:Orleans.Runtime.MembershipService=Information",
];
var app = SiloHost.Build([.. defaults, .. args], silo => silo.Configure<ReminderOptions>(o =>
{
    // Orleans refuses periods under a minute by default; the tests want ticks every second and a restarted silo
    // that picks its reminders up within seconds.
    o.MinimumReminderPeriod = TimeSpan.FromMilliseconds(500);
    o.RefreshReminderListPeriod = TimeSpan.FromSeconds(2);
}));

await app.StartAsync();
var oracle = app.Services.GetRequiredService<ISiloStatusOracle>();
while (oracle.CurrentStatus != SiloStatus.Active)
{
    await Task.Delay(50);
}

var grains = app.Services.GetRequiredService<IGrainFactory>();
Console.WriteLine($"READY {oracle.SiloAddress.Endpoint}");
_ = Task.Run(async () =>
{
    while (await Console.In.ReadLineAsync() is { } line)
    {
        Console.WriteLine(await ExecuteAsync(grains, line));
    }

    app.Lifetime.StopApplication();
});
await app.WaitForShutdownAsync();
// As RunAsync does for the product silo: disposing keeps the process (and its connections) up until the host has
// released everything, which flushes messages still queued after the silo announced Dead, and the logs.
await app.DisposeAsync();

static async Task<string> ExecuteAsync(IGrainFactory grains, string line)
{
    var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    try
    {
        var counter = grains.GetGrain<ICounterGrain>(parts[1]);
        var reading = parts[0] switch
        {
            "add" => await counter.AddAndSave(int.Parse(parts[2], CultureInfo.InvariantCulture)),
            "add-unsaved" => await counter.AddUnsaved(int.Parse(parts[2], CultureInfo.InvariantCulture)),
            "get" => await counter.Read(),
            "hold" => await counter.Hold(int.Parse(parts[2], CultureInfo.InvariantCulture)),
            "tick" => await counter.StartTicking(),
            _ => throw new ArgumentException($"unknown command '{parts[0]}'"),
        };
        return $"OK {reading.Total} {reading.Silo}";
    }
    catch (Exception e)
    {
        return $"ERR {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}";
    }
}
