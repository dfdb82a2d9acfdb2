using Orleans.Configuration;

namespace LuckyFive.Hosting;

/// <summary>
/// Membership timings for silos on one LAN. Orleans' defaults took about 6 s to declare a killed silo dead and about
/// 62 s for a frozen one (SIGSTOP) on this project's machines; LuckyFive wants at most 10 s and 15 s. Each change and
/// its reason is in docs/operations.md; any of them can be overridden under <c>LuckyFive:Membership</c>.
/// </summary>
public static class FailureDetection
{
    /// <summary>The configuration section whose keys override <see cref="ClusterMembershipOptions"/>.</summary>
    public const string SectionName = LuckyFiveClusterOptions.SectionName + ":Membership";

    /// <summary>Applies LuckyFive's defaults; configuration binds over them.</summary>
    public static void ApplyDefaults(ClusterMembershipOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // A probe unanswered for 1 s (default 5 s) counts as missed; two misses (default 3) make a suspicion. On a LAN
        // a healthy silo answers in milliseconds, so 1 s leaves wide room for GC pauses.
        options.ProbeTimeout = TimeSpan.FromSeconds(1);
        options.NumMissedProbesLimit = 2;

        // Silos re-read the membership table every 5 s (default 60 s): a suspicion recorded by one voter reaches the
        // second voter, and a death reaches every silo, within seconds.
        options.TableRefreshTimeout = TimeSpan.FromSeconds(5);

        // IAmAlive every 5 s (default 30 s): a silo that stopped writing is stale in the table after 15 s, which
        // clients reading gateways and silos judging a peer by its row both see sooner.
        options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
    }
}
