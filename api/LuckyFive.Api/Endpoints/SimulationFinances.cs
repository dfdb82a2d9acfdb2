using LuckyFive.GrainInterfaces.Ledgers;
using LuckyFive.GrainInterfaces.Simulations;

namespace LuckyFive.Api.Endpoints;

/// <summary>A simulation's money: its own figures (from its summary once final, else so far) and the ledger it pays into.</summary>
internal sealed record SimulationFinances
{
    public required string SimulationId { get; init; }

    public required string State { get; init; }

    public required int Contests { get; init; }

    public required long CostCents { get; init; }

    public long? PrizeCents { get; init; }

    public long? NetCents { get; init; }

    public double? Roi { get; init; }

    public int? BreakEvenContest { get; init; }

    public long? MaxDrawdownCents { get; init; }

    public long[]? PrizeCounts { get; init; }

    public LedgerView? Ledger { get; init; }

    public static SimulationFinances From(SimulationStatus status, LedgerView? ledger) => status.Summary is { } summary
        ? new SimulationFinances
        {
            SimulationId = status.Id,
            State = status.State.Name(),
            Contests = summary.Contests,
            CostCents = summary.CostCents,
            PrizeCents = summary.PrizeCents,
            NetCents = summary.NetCents,
            Roi = summary.Roi,
            BreakEvenContest = summary.BreakEvenContest,
            MaxDrawdownCents = summary.MaxDrawdownCents,
            PrizeCounts = summary.PrizeCounts,
            Ledger = ledger,
        }
        : new SimulationFinances
        {
            SimulationId = status.Id,
            State = status.State.Name(),
            Contests = status.ContestsDone,
            CostCents = status.CostCents,
            PrizeCents = status.PrizeCents,
            NetCents = status.PrizeCents - status.CostCents,
            Roi = status.CostCents == 0 ? 0 : (double)(status.PrizeCents - status.CostCents) / status.CostCents,
            Ledger = ledger,
        };
}
