namespace LuckyFive.Domain.Statistics;

/// <summary>
/// Corrections for judging many recipes at once (docs/statistics.md, "Many recipes"). Run twenty recipes that are
/// all pure chance and about one of them "beats chance" at 5%; a corrected p-value keeps the chance that any of
/// them is called a winner by luck at the level asked for.
/// </summary>
public static class MultipleTesting
{
    /// <summary>
    /// Holm's step-down adjustment: with the m p-values sorted ascending, p₍ᵢ₎ (i = 1..m) becomes
    /// max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎). Rejecting every hypothesis whose adjusted p-value is below α keeps
    /// the family-wise error rate at α under any dependence between the tests, and never rejects fewer than
    /// Bonferroni (m·p). Equal p-values get equal adjusted values, so the result does not depend on how ties are
    /// ordered; adjusted values come back in input order.
    /// </summary>
    /// <exception cref="ArgumentException">A p-value is NaN or outside 0..1.</exception>
    public static double[] Holm(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var count = pValues.Count;
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            var p = pValues[i];
            if (!(p is >= 0 and <= 1))
            {
                throw new ArgumentException($"p-values are probabilities in 0..1; element {i} is {p}.", nameof(pValues));
            }

            order[i] = i;
        }

        // Ascending p, ties by input position: a fixed order whatever the sort algorithm.
        Array.Sort(order, (a, b) => pValues[a] != pValues[b] ? pValues[a].CompareTo(pValues[b]) : a.CompareTo(b));
        var adjusted = new double[count];
        var running = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            var index = order[rank];
            running = Math.Max(running, Math.Min(1, (count - rank) * pValues[index]));
            adjusted[index] = running;
        }

        return adjusted;
    }
}
