using LuckyFive.Runtime.Abstractions;

namespace LuckyFive.Runtime;

/// <summary>One silo incarnation's row in the membership table.</summary>
public sealed record MembershipEntry
{
    /// <summary>The silo.</summary>
    public required SiloAddress SiloAddress { get; init; }

    /// <summary>The silo's configured name.</summary>
    public required string SiloName { get; init; }

    /// <summary>The machine it runs on.</summary>
    public string HostName { get; init; } = Environment.MachineName;

    /// <summary>Its status.</summary>
    public SiloStatus Status { get; init; }

    /// <summary>When it started (UTC).</summary>
    public DateTime StartTime { get; init; }

    /// <summary>Its last heartbeat (UTC).</summary>
    public DateTime IAmAliveTime { get; init; }

    /// <summary>Fresh and expired votes that it is dead.</summary>
    public IReadOnlyList<SuspectVote> SuspectTimes { get; init; } = [];

    /// <summary>The grain classes it hosts: its part of the cluster manifest.</summary>
    public IReadOnlyList<GrainTypeDescriptor> GrainTypes { get; init; } = [];
}
