using LuckyFive.Domain.Draws;
using LuckyFive.Domain.Rules;
using LuckyFive.Domain.Tests.TestData;

namespace LuckyFive.Domain.Tests.Rules;

public sealed class PrizeTableTests
{
    private static readonly PrizeTable Table = new(OfficialHistory.Value);

    [Fact]
    public void PrizeCents_CruzeiroRealContest_IsConvertedToReaisRoundingDown()
    {
        // Contest 1 paid CR$ 75,731,225.00 per quina winner; CR$ 2,750 = R$ 1.
        Assert.Equal(7_573_122_500 / 2_750, Table.PrizeCents(OfficialHistory.Value[1], 5));
        Assert.Equal(Currency.Brl, OfficialHistory.Value[29].Currency);
    }

    [Fact]
    public void PrizeCents_TierWithWinners_IsThePublishedPerWinnerPrize()
    {
        var draw = OfficialHistory.Value[4085];

        Assert.Equal(236, Table.PrizeCents(draw, 2));
        Assert.Equal(draw.Terno.PrizeCents, Table.PrizeCents(draw, 3));
    }

    [Fact]
    public void PrizeCents_RegularContestWithoutQuinaWinner_PaysTheRolledOverJackpot()
    {
        var draw = OfficialHistory.Value.Draws.First(d => d.Contest > 4100 && d.Quina.Winners == 0 && d.Contest % 10 != 4);

        Assert.Equal(draw.AccumulatedCents, Table.PrizeCents(draw, 5));
        Assert.True(draw.AccumulatedCents > 0);
    }

    [Fact]
    public void PrizeCents_SaoJoaoDrawWithoutQuinaWinner_PaysThePoolThatWentToTheQuadra()
    {
        // Contest 5002 (2019): no quina winner, 1,577 quadra winners at R$ 97,451.78 shared quina + quadra pools.
        var draw = OfficialHistory.Value[5002];
        var regularQuadra = (long)decimal.Floor(0.19m * 0.4335m * draw.TotalSalesCents * 0.7m);

        Assert.Equal(1_577L * 9_745_178 - regularQuadra, Table.PrizeCents(draw, 5));
    }

    [Fact]
    public void PrizeCents_ContestEndingInFourAfterFinalFiveReserve_RebuildsTheJackpotWithoutTheReserve()
    {
        var history = OfficialHistory.Value;
        var draw = history.Draws.First(d => d.Contest > 5800 && d.Contest % 10 == 4 && d.Quina.Winners == 0);
        var expected = (long)decimal.Floor(0.35m * 0.4335m * draw.TotalSalesCents * 0.7m) + history[draw.Contest - 1].AccumulatedCents;

        Assert.Equal(expected, Table.PrizeCents(draw, 5));
        Assert.True(expected < draw.AccumulatedCents);
    }

    [Fact]
    public void OfficialHistory_FirstDuqueWinners_AreTheFirstContestOfTheCurrentRules()
    {
        var firstDuque = OfficialHistory.Value.Draws.First(d => d.Duque.Winners > 0);

        Assert.Equal(4085, firstDuque.Contest);
        Assert.Equal(QuinaRules.CurrentRulesFrom, firstDuque.Date);
    }

    [Fact]
    public void IsJackpotUnknown_OfficialWorkbook_FlagsExactlyTheContestsWithoutWinnerOrRollOver()
    {
        var flagged = OfficialHistory.Value.Draws.Where(Table.IsJackpotUnknown).Select(d => d.Contest);

        Assert.Equal([37, 232, 269, 2306, 2819, 3434], flagged);
    }

    [Fact]
    public void IsJackpotUnknown_DrawWithoutPrizeColumns_IsNeverFlagged()
    {
        var draw = OfficialHistory.Value[37] with { PrizesKnown = false };

        Assert.False(Table.IsJackpotUnknown(draw));
    }

    [Fact]
    public void Settle_QuinaOnAContestWithUnknownJackpot_CountsTheWinPaysNothingForItAndFlagsTheContest()
    {
        var draw = OfficialHistory.Value[2306];
        var settlement = new Settlement(TicketPricing.Official, Table);
        var hits = new int[1];
        var counts = new long[4];

        var (_, prize, _, jackpotUnknown) = settlement.Settle(draw, [draw.Numbers], Quina.MinTicketSize, hits, counts);

        Assert.Equal(5, hits[0]);
        Assert.Equal([1, 0, 0, 0], counts);
        Assert.Equal(0, prize);
        Assert.True(jackpotUnknown);
    }
}
