using LuckyFive.GrainInterfaces.Ledgers;

namespace LuckyFive.Grains.Ledgers;

/// <summary>
/// What a ledger grain persists: its opening and the totals through entry <see cref="Sequence"/>. The entries
/// themselves live in <c>ledger_entries</c>; entries past <see cref="Sequence"/> (written just before a crash) are
/// folded in on activation.
/// </summary>
[GenerateSerializer, Alias("luckyfive.LedgerRecord.v1")]
public sealed class LedgerRecord
{
    [Id(0)] public LedgerOpening? Opening { get; set; }

    [Id(1)] public DateTimeOffset CreatedAt { get; set; }

    [Id(2)] public long Sequence { get; set; }

    [Id(3)] public long BetCents { get; set; }

    [Id(4)] public long PrizeCents { get; set; }

    [Id(5)] public long[] PrizeCounts { get; set; } = new long[4];

    [Id(6)] public long PeakNetCents { get; set; }

    [Id(7)] public long MaxDrawdownCents { get; set; }

    [Id(8)] public int? BreakEvenContest { get; set; }

    public long BalanceCents => (Opening?.BudgetCents ?? 0) - BetCents + PrizeCents;

    public LedgerView ToView(string id) => new()
    {
        Id = id,
        Kind = Opening!.Kind,
        Name = Opening.Name,
        BudgetCents = Opening.BudgetCents,
        BalanceCents = BalanceCents,
        Entries = Sequence,
        BetCents = BetCents,
        PrizeCents = PrizeCents,
        PrizeCounts = [.. PrizeCounts],
        MaxDrawdownCents = MaxDrawdownCents,
        BreakEvenContest = BreakEvenContest,
        CreatedAt = CreatedAt,
    };

    /// <summary>Adds one entry to the totals.</summary>
    public void Apply(LedgerEntry entry)
    {
        Sequence++;
        if (entry.Kind == EntryKind.Bet)
        {
            BetCents += entry.AmountCents;
            return;
        }

        PrizeCents += entry.AmountCents;
        for (var tier = 0; tier < Math.Min(PrizeCounts.Length, entry.PrizeCounts.Length); tier++)
        {
            PrizeCounts[tier] += entry.PrizeCounts[tier];
        }
    }

    /// <summary>
    /// Closes a contest: drawdown and break-even are measured after a contest's bet and prize together, as the
    /// simulation's summary measures them, so both agree.
    /// </summary>
    public void CloseContest(int contest)
    {
        var net = PrizeCents - BetCents;
        PeakNetCents = Math.Max(PeakNetCents, net);
        MaxDrawdownCents = Math.Max(MaxDrawdownCents, PeakNetCents - net);
        if (BreakEvenContest is null && BetCents > 0 && PrizeCents >= BetCents)
        {
            BreakEvenContest = contest;
        }
    }
}
