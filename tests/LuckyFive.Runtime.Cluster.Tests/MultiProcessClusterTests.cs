using LuckyFive.Runtime.Abstractions;
using LuckyFive.Runtime.Postgres.Tests.Infrastructure;
using Npgsql;

namespace LuckyFive.Runtime.Cluster.Tests;

/// <summary>
/// Silos as separate processes on real sockets, sharing a real PostgreSQL: joining, kill -9, graceful stop, whole
/// cluster restart and racing activations. Grain calls are made inside the silos (through their standard input).
/// </summary>
[Trait("Category", "MultiProcess")]
public sealed partial class MultiProcessClusterTests(PostgresFixture fixture) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private readonly List<SiloProcess> _silos = [];
    private readonly string _clusterId = $"c{Guid.NewGuid():N}";
    private string _connectionString = "";
    private NpgsqlDataSource _database = null!;

    public async Task InitializeAsync()
    {
        _connectionString = await fixture.Server.CreateDatabaseAsync();
        _database = NpgsqlDataSource.Create(_connectionString);
    }

    public async Task DisposeAsync()
    {
        await Task.WhenAll(_silos.Select(s => s.DisposeAsync().AsTask()));
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Silos_StartingTogether_JoinAsActiveMembers()
    {
        await StartSilosAsync(3);

        var rows = new MembershipRows(_database, _clusterId);
        await MembershipRows.WaitUntilAsync(async () => await rows.CountActive() == 3, TimeSpan.FromSeconds(30), "three active silos");
        foreach (var silo in _silos)
        {
            Assert.Equal(SiloStatus.Active, await rows.StatusOf(silo.Address));
        }
    }

    [Fact]
    public async Task SameGrain_CalledFromTwoSilosAtOnce_HasOneActivation()
    {
        await StartSilosAsync(2);

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => _silos[i % 2].SendAsync("add racer 1")));

        Assert.All(answers, a => Assert.StartsWith("OK", a, StringComparison.Ordinal));
        Assert.Single(answers.Select(Silo).Distinct());
        Assert.Equal(Enumerable.Range(1, 10), answers.Select(Total).Order());
    }

    [Fact]
    public async Task PendingCall_ItsSiloKilled_FailsAtOnceInsteadOfTimingOut()
    {
        await StartSilosAsync(2);
        var (caller, callee) = (_silos[0], _silos[1]);
        var key = await KeyHostedByAsync(callee);

        var pending = caller.SendAsync($"hold {key} 120");
        await Task.Delay(500);
        var killed = DateTime.UtcNow;
        await callee.KillAsync();
        var answer = await pending;

        Assert.StartsWith("ERR SiloUnavailableException", answer, StringComparison.Ordinal);
        Assert.Contains("connection", answer, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - killed < TimeSpan.FromSeconds(5), $"the call failed only after {(DateTime.UtcNow - killed).TotalSeconds:F1} s");
    }

    private async Task StartSilosAsync(int count)
    {
        // One first so it creates the schema and the version row; the rest join together.
        _silos.Add(await SiloProcess.StartAsync(_clusterId, _connectionString));
        _silos.AddRange(await Task.WhenAll(Enumerable.Range(1, count - 1).Select(_ => SiloProcess.StartAsync(_clusterId, _connectionString))));
    }

    /// <summary>A grain key whose activation lives on <paramref name="silo"/> (placed by calls made from it).</summary>
    private static async Task<string> KeyHostedByAsync(SiloProcess silo)
    {
        for (var i = 0; i < 200; i++)
        {
            var key = $"probe{i}";
            if (Silo(await silo.SendAsync($"add {key} 1")) == silo.Address)
            {
                return key;
            }
        }

        throw new InvalidOperationException($"No grain was placed on {silo.Address}.");
    }

    private static int Total(string answer) =>
        answer.StartsWith("OK ", StringComparison.Ordinal)
            ? int.Parse(answer.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"The call failed: {answer}");

    private static string Silo(string answer) =>
        answer.StartsWith("OK ", StringComparison.Ordinal) ? answer.Split(' ')[2].Split('@')[0] : throw new InvalidOperationException($"The call failed: {answer}");
}
