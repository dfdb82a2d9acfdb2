using System.Collections.ObjectModel;
using LuckyFive.Domain.Random;
using LuckyFive.Domain.Recipes;

namespace LuckyFive.Domain.Sweeps;

/// <summary>
/// Expands a <see cref="SweepSpec"/> into its variations, deterministically:
/// <list type="number">
/// <item>Grid parameters (range, discrete, exponential) form a Cartesian product in spec order, the first listed
/// varying slowest and the last fastest.</item>
/// <item>With random parameters, each grid point is crossed with <see cref="SweepSpec.Samples"/> samples (sample index
/// varies fastest). Sample j's values are drawn from one SplitMix64 stream seeded with <see cref="SweepSpec.Seed"/>:
/// for j = 0, 1, …, one uniform per random parameter in spec order. The same samples are reused at every grid point.</item>
/// <item>Combinations failing any constraint are dropped; survivors are numbered 0.. (the combination index).</item>
/// <item>Each survivor runs <see cref="SweepSpec.Replicates"/> times with seeds from <see cref="ReplicateSeed"/>.</item>
/// </list>
/// </summary>
public static class SweepGenerator
{
    public static IReadOnlyList<SweepVariation> Generate(SweepSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var grid = spec.Parameters.Where(p => !p.IsRandom).ToArray();
        var samples = DrawSamples(spec);
        var baseRecipe = spec.BaseRecipe;
        var variations = new List<SweepVariation>();
        var combination = 0;
        var position = new int[grid.Length];
        do
        {
            foreach (var sample in samples)
            {
                var values = Combine(spec, grid, position, sample);
                if (!spec.Constraints.All(c => c.IsSatisfiedBy(n => values.TryGetValue(n, out var v) ? v : baseRecipe.Get(n))))
                {
                    continue;
                }

                for (var replicate = 0; replicate < spec.Replicates; replicate++)
                {
                    var index = variations.Count;
                    var recipe = baseRecipe
                        .With(values, $"{baseRecipe.Name}_var_{index}", ReplicateSeed(baseRecipe.Seed, replicate))
                        .GetValueOrThrow(); // cannot fail: parsing validated every value and the name length
                    variations.Add(new SweepVariation(index, combination, replicate, recipe, values));
                }

                combination++;
            }
        }
        while (Advance(position, grid));

        return variations;
    }

    /// <summary>
    /// Replicate 0 runs with the base seed itself, so a one-replicate sweep matches running each recipe by hand;
    /// replicate r ≥ 1 uses SplitMix64.Mix(baseSeed + r·0x9E3779B97F4A7C15). Every combination gets the same
    /// replicate seeds (common random numbers), so differences between combinations are not seed noise.
    /// </summary>
    public static ulong ReplicateSeed(ulong baseSeed, int replicate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replicate);
        return replicate == 0 ? baseSeed : SplitMix64.Mix(unchecked(baseSeed + (ulong)replicate * SplitMix64.Gamma));
    }

    private static double[][] DrawSamples(SweepSpec spec)
    {
        var random = spec.Parameters.Where(p => p.IsRandom).ToArray();
        if (random.Length == 0)
        {
            return [[]];
        }

        var state = spec.Seed;
        var samples = new double[spec.Samples][];
        for (var j = 0; j < samples.Length; j++)
        {
            samples[j] = new double[random.Length];
            for (var r = 0; r < random.Length; r++)
            {
                samples[j][r] = random[r].Draw(SplitMix64.NextDouble(ref state));
            }
        }

        return samples;
    }

    // The swept values of one combination, keyed in spec order.
    private static ReadOnlyDictionary<string, double> Combine(SweepSpec spec, SweptParameter[] grid, int[] position, double[] sample)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var g = 0;
        var r = 0;
        foreach (var parameter in spec.Parameters)
        {
            values[parameter.Name] = parameter.IsRandom ? sample[r++] : grid[g].Values[position[g++]];
        }

        // Replicates share this map, so hand out a read-only view.
        return new ReadOnlyDictionary<string, double>(values);
    }

    // Odometer step with the last grid parameter fastest; false once every combination has been visited.
    private static bool Advance(int[] position, SweptParameter[] grid)
    {
        for (var i = grid.Length - 1; i >= 0; i--)
        {
            if (++position[i] < grid[i].Values.Count)
            {
                return true;
            }

            position[i] = 0;
        }

        return false;
    }
}
