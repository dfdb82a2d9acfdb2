namespace LuckyFive.Domain;

/// <summary>The fixed shape of the game: 5 numbers drawn from 1..80; bets of 5 to 15 numbers.</summary>
public static class Quina
{
    public const int MaxNumber = 80;
    public const int NumbersDrawn = 5;
    public const int MinTicketSize = 5;
    public const int MaxTicketSize = 15;

    /// <summary>Prize tiers by number of hits, highest first (quina, quadra, terno, duque).</summary>
    public static ReadOnlySpan<int> Tiers => [5, 4, 3, 2];
}
