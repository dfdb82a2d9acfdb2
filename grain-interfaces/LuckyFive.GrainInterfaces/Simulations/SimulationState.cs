namespace LuckyFive.GrainInterfaces.Simulations;

/// <summary>Where a simulation is in its life: pending → running → completed | failed | cancelled | bankrupt.</summary>
public enum SimulationState
{
    /// <summary>Accepted, not started yet.</summary>
    Pending = 0,

    /// <summary>Batches are being computed.</summary>
    Running = 1,

    /// <summary>Every contest was computed and paid.</summary>
    Completed = 2,

    /// <summary>A batch failed more times than allowed; the reason is kept.</summary>
    Failed = 3,

    /// <summary>Stopped on request.</summary>
    Cancelled = 4,

    /// <summary>The bankroll ledger refused a bet: the simulation stopped before that contest.</summary>
    Bankrupt = 5,
}

/// <summary>Which states are final.</summary>
public static class SimulationStates
{
    /// <summary>True for completed, failed, cancelled and bankrupt.</summary>
    public static bool IsFinal(this SimulationState state) => state >= SimulationState.Completed;

    /// <summary>The state's name as the API and the read model spell it.</summary>
    public static string Name(this SimulationState state) => state switch
    {
        SimulationState.Pending => "pending",
        SimulationState.Running => "running",
        SimulationState.Completed => "completed",
        SimulationState.Failed => "failed",
        SimulationState.Cancelled => "cancelled",
        SimulationState.Bankrupt => "bankrupt",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
