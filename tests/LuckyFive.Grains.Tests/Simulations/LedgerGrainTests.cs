using LuckyFive.GrainInterfaces.Ledgers;
using LuckyFive.GrainInterfaces.Simulations;
using Orleans.Runtime;

namespace LuckyFive.Grains.Tests.Simulations;

/// <summary>Ledgers: idempotent postings, budgets that refuse bets, totals that survive a crash between entries and state.</summary>
public sealed class LedgerGrainTests(LedgerGrainTests.OneSilo fixture) : IClassFixture<LedgerGrainTests.OneSilo>
{
    [Fact]
    public async Task Post_SameEntriesTwice_AppliesThemOnce()
    {
        var ledger = await OpenAsync(LedgerKind.Simulation, budget: null);
        var entries = ContestEntries("sim-a", 100, bet: 250, prize: 600);

        var first = await ledger.PostAsync(entries);
        var again = await ledger.PostAsync(entries);
        var view = (await ledger.GetAsync())!;

        Assert.Equal((2, 0), (first.Applied, first.Duplicates));
        Assert.Equal((0, 2), (again.Applied, again.Duplicates));
        Assert.Equal((250L, 600L, 350L, 2L), (view.BetCents, view.PrizeCents, view.BalanceCents, view.Entries));
        Assert.Equal([0L, 0L, 1L, 0L], view.PrizeCounts);
        Assert.Equal(100, view.BreakEvenContest);
    }

    [Fact]
    public async Task Post_BetPastTheBudget_IsRefusedAndNothingAfterItApplies()
    {
        var ledger = await OpenAsync(LedgerKind.Bankroll, budget: 600);
        LedgerEntry[] entries = [.. ContestEntries("sim-b", 1, 250, 0), .. ContestEntries("sim-b", 2, 250, 0), .. ContestEntries("sim-b", 3, 250, 0), .. ContestEntries("sim-b", 4, 250, 0)];

        var posting = await ledger.PostAsync(entries);
        var view = (await ledger.GetAsync())!;

        Assert.Equal(3, posting.Refused!.Contest);
        Assert.Equal(2, posting.Applied);
        Assert.Equal(100, view.BalanceCents);
        Assert.Equal(500, view.MaxDrawdownCents);
        Assert.Null(view.BreakEvenContest);
    }

    [Fact]
    public async Task Open_Again_SameOpeningReturnsIt_AnotherIsRefused()
    {
        var id = Specs.NewId("ledger");
        var opening = new LedgerOpening { Kind = LedgerKind.Bankroll, Name = "mine", BudgetCents = 1000 };
        var grain = fixture.Cluster.GrainFactory.GetGrain<ILedgerGrain>(id);

        Assert.NotNull(await grain.OpenAsync(opening));
        Assert.NotNull(await grain.OpenAsync(opening));
        Assert.Null(await grain.OpenAsync(opening with { BudgetCents = 2000 }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Cluster.GrainFactory.GetGrain<ILedgerGrain>(Specs.NewId("never")).PostAsync(ContestEntries("s", 1, 1, 0)));
    }

    [Fact]
    public async Task Activation_EntriesWrittenPastTheSavedTotals_AreFoldedIn()
    {
        var ledger = await OpenAsync(LedgerKind.Simulation, budget: null);
        await ledger.PostAsync(ContestEntries("sim-c", 10, 300, 0));
        var id = ledger.GetPrimaryKeyString();
        // An entry the grain wrote just before its silo died, before it could save its totals.
        await fixture.ScalarAsync<int>("""
            INSERT INTO ledger_entries (ledger_id, sequence, idempotency_key, simulation_id, contest, kind, amount_cents, prize_counts, balance_after_cents, posted_at)
            VALUES (@id, 2, 'sim-c:11:bet', 'sim-c', 11, 'bet', 300, '{0,0,0,0}', -600, now()) RETURNING 1
            """, ("id", id));

        await fixture.Cluster.GrainFactory.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var view = (await ledger.GetAsync())!;
        var repost = await ledger.PostAsync(ContestEntries("sim-c", 11, 300, 0));

        Assert.Equal((600L, 2L), (view.BetCents, view.Entries));
        Assert.Equal((0, 1), (repost.Applied, repost.Duplicates));
    }

    private async Task<ILedgerGrain> OpenAsync(LedgerKind kind, long? budget)
    {
        var grain = fixture.Cluster.GrainFactory.GetGrain<ILedgerGrain>(Specs.NewId("ledger"));
        await grain.OpenAsync(new LedgerOpening { Kind = kind, Name = "test", BudgetCents = budget });
        return grain;
    }

    private static LedgerEntry[] ContestEntries(string simulation, int contest, long bet, long prize) => prize == 0
        ? [new LedgerEntry { SimulationId = simulation, Contest = contest, Kind = EntryKind.Bet, AmountCents = bet }]
        :
        [
            new LedgerEntry { SimulationId = simulation, Contest = contest, Kind = EntryKind.Bet, AmountCents = bet },
            new LedgerEntry { SimulationId = simulation, Contest = contest, Kind = EntryKind.Prize, AmountCents = prize, PrizeCounts = [0, 0, 1, 0] },
        ];

    public sealed class OneSilo() : SimulationCluster(1);
}
