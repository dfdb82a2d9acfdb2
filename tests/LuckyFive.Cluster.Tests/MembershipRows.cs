using System.Diagnostics;
using Npgsql;

namespace LuckyFive.Cluster.Tests;

/// <summary>One row of OrleansMembershipTable: a silo incarnation and what the cluster decided about it.</summary>
internal sealed record MembershipRow(string Endpoint, int Generation, int Status, DateTime IAmAliveTime);

/// <summary>Reads the membership table the silos share, with SQL, to see what the cluster decided.</summary>
internal sealed class MembershipRows(NpgsqlDataSource database, string clusterId)
{
    /// <summary>Orleans.Runtime.SiloStatus as stored in the Status column.</summary>
    public const int Active = 3;

    public const int Dead = 6;

    public async Task<IReadOnlyList<MembershipRow>> ReadAsync()
    {
        await using var command = database.CreateCommand(
            "SELECT address, port, generation, status, iamalivetime FROM OrleansMembershipTable WHERE deploymentid = $1");
        command.Parameters.AddWithValue(clusterId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<MembershipRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new MembershipRow($"{reader.GetString(0)}:{reader.GetInt32(1)}", reader.GetInt32(2), reader.GetInt32(3), reader.GetDateTime(4)));
        }

        return rows;
    }

    /// <summary>The status of the newest incarnation at <paramref name="endpoint"/> ("ip:port"), or null without a row.</summary>
    public async Task<int?> StatusOfAsync(string endpoint) =>
        (await ReadAsync()).Where(r => r.Endpoint == endpoint).OrderByDescending(r => r.Generation).Select(r => (int?)r.Status).FirstOrDefault();

    /// <summary>Polls (every 100 ms) until the newest row at <paramref name="endpoint"/> has <paramref name="status"/>; returns how long it took.</summary>
    public Task<TimeSpan> WaitForStatusAsync(string endpoint, int status, TimeSpan limit) =>
        Eventually.WithinAsync(async () => await StatusOfAsync(endpoint) == status, limit, $"the row of {endpoint} at status {status}");
}

internal static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> every 100 ms; returns how long it took to hold, or throws past <paramref name="limit"/>.</summary>
    public static async Task<TimeSpan> WithinAsync(Func<Task<bool>> condition, TimeSpan limit, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > limit)
            {
                throw new TimeoutException($"Not {what} within {limit.TotalSeconds:F0} s.");
            }

            await Task.Delay(100);
        }

        return clock.Elapsed;
    }
}
