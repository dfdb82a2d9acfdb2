using System.Diagnostics;
using LuckyFive.TestSupport;
using Npgsql;
using Xunit.Abstractions;

namespace LuckyFive.Cluster.Tests;

/// <summary>
/// Orleans silos as separate processes (hosted as the product silo is) on real sockets, sharing one real PostgreSQL:
/// joining, kill -9, kill -STOP, SIGTERM, whole-cluster restart, a silo joining beside a dead peer's row, and an
/// external client over the gateway. Each test has its own database and cluster id. Grain calls are made inside the
/// silos, through their standard input, or by an Orleans client in this process.
/// </summary>
[Trait("Category", "MultiProcess")]
public sealed partial class MultiProcessClusterTests(PostgresFixture fixture, ITestOutputHelper output) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private readonly List<SiloProcess> _silos = [];
    private readonly string _clusterId = $"c{Guid.NewGuid():N}";
    private string _connectionString = "";
    private NpgsqlDataSource _database = null!;
    private MembershipRows _rows = null!;

    public async Task InitializeAsync()
    {
        _connectionString = await fixture.Server.CreateDatabaseAsync();
        _database = NpgsqlDataSource.Create(_connectionString);
        _rows = new MembershipRows(_database, _clusterId);
    }

    public async Task DisposeAsync()
    {
        await Task.WhenAll(_silos.Select(s => s.DisposeAsync().AsTask()));
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Silos_StartingTogether_JoinAsActiveMembers_AndAGrainCalledFromAllHasOneActivation()
    {
        await StartSilosAsync(3);

        var rows = await _rows.ReadAsync();
        Assert.Equal(_silos.Select(s => s.Address).Order(), rows.Select(r => r.Endpoint).Order());
        Assert.All(rows, r => Assert.Equal(MembershipRows.Active, r.Status));

        var readings = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => _silos[i % 3].CallAsync("add racer 1")));
        Assert.Single(readings.Select(r => r.Silo).Distinct());
        Assert.Equal(Enumerable.Range(1, 12), readings.Select(r => r.Total).Order());
    }

    private async Task StartSilosAsync(int count, params string[] extraArguments) =>
        _silos.AddRange(await StartMoreAsync(count, extraArguments));

    /// <summary>Starts silos in parallel (they migrate the database under an advisory lock); each is disposed with the test.</summary>
    private async Task<SiloProcess[]> StartMoreAsync(int count, params string[] extraArguments)
    {
        var starting = Enumerable.Range(0, count).Select(_ => SiloProcess.StartAsync(_clusterId, _connectionString, extraArguments)).ToArray();
        try
        {
            return await Task.WhenAll(starting);
        }
        catch
        {
            // Those that did start still have to be stopped.
            _silos.AddRange(starting.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result));
            throw;
        }
    }

    /// <summary>A grain key, with <paramref name="saved"/> saved, whose activation lives on <paramref name="silo"/> (placed by calls made from it).</summary>
    private static async Task<string> KeyHostedByAsync(SiloProcess silo, int saved)
    {
        var key = $"on-{silo.Address}-{Guid.NewGuid():N}";
        var reading = await silo.CallAsync($"add {key} {saved}");
        Assert.Equal(silo.Address, reading.Silo);
        return key;
    }

    /// <summary>Sends <paramref name="command"/> until it succeeds; returns the reading and the time since <paramref name="since"/>.</summary>
    private static async Task<(Reading Reading, TimeSpan After)> FirstSuccessAsync(SiloProcess silo, string command, Stopwatch since, TimeSpan limit)
    {
        var failures = new List<string>();
        while (since.Elapsed < limit)
        {
            var answer = await silo.SendAsync(command);
            if (answer.StartsWith("OK ", StringComparison.Ordinal))
            {
                return (Reading.Parse(answer, command), since.Elapsed);
            }

            failures.Add(answer);
            await Task.Delay(100);
        }

        throw new TimeoutException($"'{command}' on {silo.Address} did not succeed within {limit.TotalSeconds:F0} s: {string.Join(" | ", failures.TakeLast(3))}");
    }

    private static async Task<TimeSpan> Timed(Task task, Stopwatch since)
    {
        await task;
        return since.Elapsed;
    }
}
