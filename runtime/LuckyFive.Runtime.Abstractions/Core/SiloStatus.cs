namespace LuckyFive.Runtime.Abstractions;

/// <summary>The life-cycle status of a silo in the membership table (same values as Orleans).</summary>
public enum SiloStatus
{
    /// <summary>No status.</summary>
    None = 0,

    /// <summary>Created but not started.</summary>
    Created = 1,

    /// <summary>Joining the cluster.</summary>
    Joining = 2,

    /// <summary>Active: hosts activations and accepts placements.</summary>
    Active = 3,

    /// <summary>Shutting down gracefully.</summary>
    ShuttingDown = 4,

    /// <summary>Stopping without the graceful steps.</summary>
    Stopping = 5,

    /// <summary>Dead. Terminal: the same incarnation never comes back.</summary>
    Dead = 6,
}
