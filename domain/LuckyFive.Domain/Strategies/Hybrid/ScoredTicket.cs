using LuckyFive.Domain.Draws;

namespace LuckyFive.Domain.Strategies.Hybrid;

/// <summary>A ticket and its score; ordered best first, ties broken by the numbers so sorting is deterministic.</summary>
internal readonly record struct ScoredTicket(NumberSet Ticket, double Score) : IComparable<ScoredTicket>
{
    public int CompareTo(ScoredTicket other)
    {
        var byScore = other.Score.CompareTo(Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byLow = Ticket.Low.CompareTo(other.Ticket.Low);
        return byLow != 0 ? byLow : Ticket.High.CompareTo(other.Ticket.High);
    }
}
