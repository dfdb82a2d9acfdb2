namespace LuckyFive.Runtime;

/// <summary>Membership and failure detection (Orleans names and defaults).</summary>
public sealed class ClusterMembershipOptions
{
    /// <summary>
    /// Period and timeout of peer probes. Default 2 seconds (Orleans uses 5): with 3 missed probes a killed silo
    /// is declared dead within about 6–8 seconds on a LAN.
    /// </summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Consecutive missed probes before the observer votes the peer dead. Default 3.</summary>
    public int NumMissedProbesLimit { get; set; } = 3;

    /// <summary>Peers each silo probes. Default 10.</summary>
    public int NumProbedSilos { get; set; } = 10;

    /// <summary>Votes needed to declare a silo dead (capped at half the active silos). Default 2.</summary>
    public int NumVotesForDeathDeclaration { get; set; } = 2;

    /// <summary>Age after which a suspicion vote no longer counts. Default 2 minutes.</summary>
    public TimeSpan DeathVoteExpirationTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a silo writes its IAmAlive time. Default 30 seconds.</summary>
    public TimeSpan IAmAliveTablePublishTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many IAmAlive writes a silo may miss before its row counts as stale: a stale row's silo is taken for dead
    /// (declared so on a single vote, and at once by a joining silo), which lets a crashed cluster restart. Default 2.
    /// </summary>
    public int NumMissedTableIAmAliveLimit { get; set; } = 2;

    /// <summary>
    /// How long rows of dead silos stay in the membership table before a joining silo removes them (Orleans'
    /// DefunctSiloExpiration). Default 7 days.
    /// </summary>
    public TimeSpan DefunctSiloExpiration { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The age past which an IAmAlive time is stale.</summary>
    internal TimeSpan StaleIAmAliveAge => IAmAliveTablePublishTimeout * NumMissedTableIAmAliveLimit;

    /// <summary>How often a silo re-reads the whole membership table. Default 60 seconds.</summary>
    public TimeSpan TableRefreshTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether silos tell each other to re-read the table after a change. Default true.</summary>
    public bool UseLivenessGossip { get; set; } = true;
}
