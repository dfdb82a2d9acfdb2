namespace LuckyFive.Domain.Rules;

/// <summary>Binomial coefficients for the small arguments Quina needs (n ≤ 80), exact in 64 bits.</summary>
public static class Combinatorics
{
    private static readonly long[,] Table = Build(Quina.MaxNumber);

    /// <summary>C(n, r), and 0 when r &lt; 0 or r &gt; n.</summary>
    public static long Choose(int n, int r) => r < 0 || n < 0 || r > n ? 0 : Table[n, r];

    private static long[,] Build(int max)
    {
        var table = new long[max + 1, max + 1];
        for (var n = 0; n <= max; n++)
        {
            table[n, 0] = 1;
            for (var r = 1; r <= n; r++)
            {
                // C(80, 40) ≈ 1.07e23 overflows; Quina never asks for r > 15 of n ≤ 80 (C(80,15) ≈ 1.5e16 fits).
                table[n, r] = r > 20 && n - r > 20 ? 0 : table[n - 1, r - 1] + table[n - 1, r];
            }
        }

        return table;
    }
}
