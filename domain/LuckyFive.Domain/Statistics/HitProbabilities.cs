using LuckyFive.Domain.Rules;

namespace LuckyFive.Domain.Statistics;

/// <summary>
/// Hits of one ticket under the null model (the draw is a uniform random 5-subset of 1..80):
/// a k-number ticket hits h numbers with the hypergeometric probability C(5,h)·C(75,k−h)/C(80,k).
/// </summary>
public static class HitProbabilities
{
    /// <summary>Hit counts 0..5: the histogram's bins.</summary>
    public const int Bins = Quina.NumbersDrawn + 1;

    private static readonly double[][] Table = BuildTable();

    /// <summary>P(h) for h = 0..5 for a ticket of <paramref name="ticketSize"/> numbers (5..15).</summary>
    public static IReadOnlyList<double> For(int ticketSize) => Table[CheckSize(ticketSize)];

    /// <summary>Expected number of tickets with h hits (h = 0..5) among <paramref name="tickets"/> tickets of size k.</summary>
    public static double[] ExpectedHistogram(long tickets, int ticketSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tickets);
        var probabilities = Table[CheckSize(ticketSize)];
        var expected = new double[Bins];
        for (var h = 0; h < Bins; h++)
        {
            expected[h] = tickets * probabilities[h];
        }

        return expected;
    }

    /// <summary>The exact count of draws giving h hits, C(5,h)·C(75,k−h); divide by <see cref="DrawCount"/>.</summary>
    internal static long FavourableDraws(int ticketSize, int hits) =>
        Combinatorics.Choose(Quina.NumbersDrawn, hits)
        * Combinatorics.Choose(Quina.MaxNumber - Quina.NumbersDrawn, ticketSize - hits);

    /// <summary>C(80,k): with the roles of ticket and draw swapped this is the hypergeometric denominator.</summary>
    internal static long DrawCount(int ticketSize) => Combinatorics.Choose(Quina.MaxNumber, ticketSize);

    private static int CheckSize(int ticketSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ticketSize, Quina.MinTicketSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ticketSize, Quina.MaxTicketSize);
        return ticketSize;
    }

    private static double[][] BuildTable()
    {
        var table = new double[Quina.MaxTicketSize + 1][];
        for (var k = Quina.MinTicketSize; k <= Quina.MaxTicketSize; k++)
        {
            table[k] = new double[Bins];
            var total = (double)DrawCount(k);
            for (var h = 0; h < Bins; h++)
            {
                table[k][h] = FavourableDraws(k, h) / total;
            }
        }

        return table;
    }
}
