namespace LuckyFive.Domain.Statistics;

/// <summary>Exact binomial coefficients for the small arguments the game needs (n ≤ 80, results below 2^63).</summary>
internal static class Combinatorics
{
    public static long Choose(int n, int k)
    {
        if (k < 0 || k > n)
        {
            return 0;
        }

        k = Math.Min(k, n - k);
        long result = 1;
        for (var i = 1; i <= k; i++)
        {
            // result·(n−k+i) is divisible by i because result·(n−k+i)/i = C(n−k+i, i); checked guards the range claim.
            result = checked(result * (n - k + i)) / i;
        }

        return result;
    }
}
