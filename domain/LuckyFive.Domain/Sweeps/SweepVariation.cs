using LuckyFive.Domain.Recipes;

namespace LuckyFive.Domain.Sweeps;

/// <summary>
/// One run of a sweep. <see cref="Index"/> numbers variations 0.. in output order and names the recipe
/// <c>&lt;base&gt;_var_&lt;Index&gt;</c>; <see cref="CombinationIndex"/> numbers the surviving parameter combinations,
/// shared by that combination's replicates. <see cref="Values"/> holds the swept parameters only.
/// </summary>
public sealed record SweepVariation(int Index, int CombinationIndex, int Replicate, Recipe Recipe, IReadOnlyDictionary<string, double> Values)
{
    public ulong Seed => Recipe.Seed;
}
