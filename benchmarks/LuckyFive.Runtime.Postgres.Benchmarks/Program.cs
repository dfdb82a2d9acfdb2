using System.Diagnostics;
using LuckyFive.Runtime;
using LuckyFive.Runtime.Abstractions;
using LuckyFive.Runtime.Postgres.Benchmarks;
using LuckyFive.Runtime.Postgres.Hosting;
using LuckyFive.Runtime.Postgres.Schema;
using LuckyFive.Runtime.Postgres.Storage;
using LuckyFive.Runtime.Postgres.Tests.Infrastructure;
using LuckyFive.Runtime.Testing;
using Microsoft.Extensions.Options;
using Npgsql;

// Latency of the PostgreSQL providers against a throwaway local PostgreSQL (durability off, like the tests):
// state writes and reads through PostgresGrainStorage, and first calls to new grains whose activation reads
// their state from PostgreSQL on a two-silo TestCluster. Figures: docs/performance-runtime.md.
var operations = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2_000;
await using var server = await PostgresServer.StartAsync();
var connectionString = await server.CreateDatabaseAsync();
await using var dataSource = NpgsqlDataSource.Create(connectionString);
await new PostgresMigrator(dataSource).MigrateAsync([MigrationSet.Runtime]);

var storage = new PostgresGrainStorage(dataSource, "bench", new GrainSerializer(Options.Create(new SerializationOptions())));
var states = Enumerable.Range(0, operations).Select(_ => new GrainState<BenchState> { State = new BenchState { Cents = 250, Note = "ledger" } }).ToArray();
var writes = await Measure(operations, i => storage.WriteStateAsync("state", GrainId.Create("bench", $"g{i}"), states[i]));
var updates = await Measure(operations, i => storage.WriteStateAsync("state", GrainId.Create("bench", $"g{i}"), states[i]));
var reads = await Measure(operations, i => storage.ReadStateAsync("state", GrainId.Create("bench", $"g{i}"), new GrainState<BenchState>()));
Console.WriteLine($"state insert      {writes}");
Console.WriteLine($"state update      {updates}");
Console.WriteLine($"state read        {reads}");

await using var cluster = new TestClusterBuilder(2)
    .ConfigureSilo(silo => silo.AddGrain<BenchGrain>().AddPostgresGrainStorageAsDefault(o => o.ConnectionString = connectionString))
    .Build();

// Every grain the activation benchmark calls has a stored state row to read.
var clusterStorage = new PostgresGrainStorage(dataSource, cluster.Options.ServiceId, new GrainSerializer(Options.Create(new SerializationOptions())));
var activationCount = Math.Min(operations, 1_000);
for (var i = 0; i < activationCount; i++)
{
    await clusterStorage.WriteStateAsync("bench", GrainId.Create("bench", $"fresh-{i}"), new GrainState<BenchState> { State = new BenchState { Cents = i } });
}

await cluster.DeployAsync();
await cluster.Client.GetGrain<IBenchGrain>("warm-up").GetCents();
var activations = await Measure(activationCount, async i =>
{
    if (await cluster.Client.GetGrain<IBenchGrain>($"fresh-{i}").GetCents() != i)
    {
        throw new InvalidOperationException($"Grain fresh-{i} did not read its stored state.");
    }
});
Console.WriteLine($"first call + PG state read (activation) {activations}");

static async Task<string> Measure(int count, Func<int, Task> operation)
{
    var samples = new double[count];
    for (var i = 0; i < count; i++)
    {
        var start = Stopwatch.GetTimestamp();
        await operation(i);
        samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    Array.Sort(samples);
    return $"n={count}  p50 {samples[count / 2]:F3} ms  p99 {samples[(int)(count * 0.99)]:F3} ms";
}
