using LuckyFive.Runtime.Abstractions;
using LuckyFive.Runtime.Postgres.Membership;
using Npgsql;

namespace LuckyFive.Runtime.Cluster.Tests;

/// <summary>Reads the membership table the silos share, to see what the cluster decided.</summary>
internal sealed class MembershipRows(NpgsqlDataSource database, string clusterId)
{
    private readonly PostgresMembershipTable _table = new(database, clusterId);

    /// <summary>The status of the newest incarnation at <paramref name="endpoint"/> ("ip:port").</summary>
    public async Task<SiloStatus?> StatusOf(string endpoint)
    {
        var data = await _table.ReadAll();
        return data.Members.Select(m => m.Entry)
            .Where(e => e.SiloAddress.Endpoint == endpoint)
            .OrderByDescending(e => e.SiloAddress.Generation)
            .Select(e => (SiloStatus?)e.Status)
            .FirstOrDefault();
    }

    public async Task<int> CountActive() =>
        (await _table.ReadAll()).Members.Count(m => m.Entry.Status == SiloStatus.Active);

    public static async Task<TimeSpan> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan limit, string what)
    {
        var started = DateTime.UtcNow;
        while (!await condition())
        {
            if (DateTime.UtcNow - started > limit)
            {
                throw new TimeoutException($"Not {what} within {limit}.");
            }

            await Task.Delay(100);
        }

        return DateTime.UtcNow - started;
    }
}
