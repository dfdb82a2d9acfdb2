using System.Globalization;
using LuckyFive.Domain.Statistics;
using LuckyFive.GrainInterfaces.Comparisons;
using LuckyFive.GrainInterfaces.Simulations;

namespace LuckyFive.Grains.Comparisons;

/// <summary>
/// Ranks completed simulations on a metric, one entry per simulation or per recipe (the same strategy, parameters
/// and contest range; seeds differ), best first by <see cref="SimulationMetric.CompareBestFirst"/>. Equal values share
/// a rank and are ordered by id. Unranked entries follow the ranked ones: simulations without a value, recipes with
/// fewer seeds than the minimum (their mean shown, no rank).
/// </summary>
internal static class Leaderboard
{
    public static LeaderboardEntry[] Rank(IReadOnlyList<SimulationStatus> simulations, SimulationMetric metric, LeaderboardGroup group, int minimumReplicates)
    {
        var entries = group == LeaderboardGroup.Simulation
            ? simulations.Select(s => Simulation(s, metric))
            : simulations.GroupBy(RecipeKey, StringComparer.Ordinal).Select(g => Recipe(g.Key, [.. g], metric, minimumReplicates));
        var ordered = entries.Order(Comparer<Placed>.Create((a, b) => Compare(metric, a, b))).ToArray();
        var result = new LeaderboardEntry[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            var (entry, ranked, _) = ordered[i];
            // Competition ranking: the first of equal values gives the rank to all of them.
            var rank = !ranked ? (int?)null
                : i > 0 && ordered[i - 1].Ranked && ordered[i - 1].Entry.Value == entry.Value ? result[i - 1].Rank
                : i + 1;
            result[i] = entry with { Rank = rank };
        }

        return result;
    }

    /// <summary>The entries after the one whose key is <paramref name="afterKey"/> in this order (all of them without a key).</summary>
    public static IEnumerable<LeaderboardEntry> After(IReadOnlyList<LeaderboardEntry> ordered, SimulationMetric metric, string? afterKey)
    {
        if (afterKey is null || !LeaderboardKey.TryParse(afterKey, out var ranked, out var value, out var id))
        {
            return ordered;
        }

        return ordered.Where(e => Compare(metric, new(e, e.Rank is not null, e.Key.Split('|', 3)[2]), new(e with { Value = value }, ranked, id)) > 0);
    }

    private static int Compare(SimulationMetric metric, Placed a, Placed b)
    {
        if (a.Ranked != b.Ranked)
        {
            return a.Ranked ? -1 : 1;
        }

        var byValue = metric.CompareBestFirst(a.Entry.Value, b.Entry.Value);
        return byValue != 0 ? byValue : string.CompareOrdinal(a.Id, b.Id);
    }

    private static Placed Simulation(SimulationStatus status, SimulationMetric metric)
    {
        var value = metric.Of(status.Summary!);
        var entry = new LeaderboardEntry
        {
            Key = LeaderboardKey.Format(value is not null, value, status.Id),
            Value = value,
            Strategy = status.Spec.Strategy,
            Parameters = Sorted(status.Spec.Parameters),
            FromContest = status.Spec.FromContest,
            ToContest = status.Spec.ToContest,
            SimulationIds = [status.Id],
            Seeds = [status.Spec.Seed],
            CreatedAt = status.CreatedAt,
        };
        return new(entry, value is not null, status.Id);
    }

    private static Placed Recipe(string key, SimulationStatus[] runs, SimulationMetric metric, int minimumReplicates)
    {
        // Newest first, as the read model lists them; the seeds follow the same order. Runs with the same seed give the
        // same figures, so each seed is one replicate however often it ran.
        var values = runs.DistinctBy(r => r.Spec.Seed).Select(r => metric.Of(r.Summary!)).Where(v => v is not null).Select(v => v!.Value).ToArray();
        var summary = values.Length == 0 ? null : SeedReplication.Summarize(values, minimumReplicates);
        var rankable = summary is { Rankable: true };
        var first = runs[0];
        var entry = new LeaderboardEntry
        {
            Key = LeaderboardKey.Format(rankable, summary?.Mean, key),
            Value = summary?.Mean,
            Strategy = first.Spec.Strategy,
            Parameters = Sorted(first.Spec.Parameters),
            FromContest = first.Spec.FromContest,
            ToContest = first.Spec.ToContest,
            SimulationIds = [.. runs.Select(r => r.Id)],
            Seeds = [.. runs.Select(r => r.Spec.Seed)],
            CreatedAt = first.CreatedAt,
            Replication = new RecipeReplication
            {
                Replicates = values.Length,
                MinimumReplicates = minimumReplicates,
                StandardDeviation = summary?.StandardDeviation,
                Lower95 = summary?.Lower95,
                Upper95 = summary?.Upper95,
                Rankable = rankable,
            },
        };
        return new(entry, rankable, key);
    }

    // Strategy, contest range and every parameter by name: what stays when only the seed changes.
    private static string RecipeKey(SimulationStatus status) =>
        string.Join(
            ';',
            [
                status.Spec.Strategy,
                $"{status.Spec.FromContest}-{status.Spec.ToContest}",
                .. status.Spec.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => $"{p.Key}={p.Value.ToString("R", CultureInfo.InvariantCulture)}"),
            ]);

    private static SortedDictionary<string, double> Sorted(IReadOnlyDictionary<string, double> parameters) =>
        new(parameters.ToDictionary(), StringComparer.Ordinal);

    // An entry with whether it is ranked and the id ties are ordered by.
    private sealed record Placed(LeaderboardEntry Entry, bool Ranked, string Id);
}
