using LuckyFive.Domain.Random;
using LuckyFive.Domain.Sweeps;

namespace LuckyFive.Domain.Tests.Sweeps;

public sealed class SweepGeneratorTests
{
    private static IReadOnlyList<SweepVariation> Generate(string parameters, string extra = "") =>
        SweepGenerator.Generate(SweepSpecJson.Parse(SweepJson.With(parameters, extra)).GetValueOrThrow());

    [Fact]
    public void Range_ZeroToOneStepTenth_GivesElevenExactDecimals()
    {
        var variations = Generate("""{"name":"alpha","type":"range","min":0,"max":1,"step":0.1}""");

        Assert.Equal([0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0], variations.Select(v => v.Recipe.Get("alpha")));
    }

    [Fact]
    public void Range_ZeroToPointEightStepTenth_IncludesTheEndpoint()
    {
        var variations = Generate("""{"name":"alpha","type":"range","min":0,"max":0.8,"step":0.1}""");

        Assert.Equal(9, variations.Count);
        Assert.Equal(0.8, variations[^1].Recipe.Get("alpha"));
    }

    [Fact]
    public void Exponential_BaseTenMinusThreeToZero_GivesPowersOfTen()
    {
        var variations = Generate("""{"name":"lambda","type":"exponential","base":10,"start":-3,"end":0}""");

        Assert.Equal([0.001, 0.01, 0.1, 1.0], variations.Select(v => v.Recipe.Get("lambda")));
    }

    [Fact]
    public void Cartesian_FirstListedParameterVariesSlowest()
    {
        var variations = Generate(
            """{"name":"sim_prev_max","type":"discrete","values":[200,100]},{"name":"alpha","type":"discrete","values":[0.1,0.2,0.3]}""");

        Assert.Equal(
            [(200, 0.1), (200, 0.2), (200, 0.3), (100, 0.1), (100, 0.2), (100, 0.3)],
            variations.Select(v => (v.Recipe.Window, v.Recipe.Get("alpha"))));
    }

    [Fact]
    public void Variations_AreNamedAndIndexedAndKeepBaseParameters()
    {
        var variations = Generate("""{"name":"alpha","type":"discrete","values":[0.1,0.2]}""");

        Assert.Equal(["base_var_0", "base_var_1"], variations.Select(v => v.Recipe.Name));
        Assert.Equal([0, 1], variations.Select(v => v.Index));
        Assert.All(variations, v => Assert.Equal((100, 5, 42UL), (v.Recipe.Window, v.Recipe.Tickets, v.Seed)));
        Assert.All(variations, v => Assert.Equal(["alpha"], v.Values.Keys));
    }

    [Fact]
    public void Constraints_FilterCombinationsUsingBaseValuesForUnsweptParameters()
    {
        // Base gamma = delta = 0.2 (defaults), so alpha + beta + gamma + delta = 1 needs alpha + beta = 0.6.
        var variations = Generate(
            """{"name":"alpha","type":"range","min":0,"max":0.6,"step":0.1},{"name":"beta","type":"range","min":0,"max":0.6,"step":0.1}""",
            ""","constraints":[{"type":"sum","parameters":["alpha","beta","gamma","delta"],"value":1},{"type":"min","parameters":["alpha"],"value":0.2}]""");

        Assert.Equal([(0.2, 0.4), (0.3, 0.3), (0.4, 0.2), (0.5, 0.1), (0.6, 0.0)],
            variations.Select(v => (v.Recipe.Get("alpha"), v.Recipe.Get("beta"))));
        Assert.Equal([0, 1, 2, 3, 4], variations.Select(v => v.CombinationIndex));
    }

    [Fact]
    public void RatioConstraint_ZeroDenominator_NeverPasses()
    {
        var variations = Generate(
            """{"name":"alpha","type":"discrete","values":[0,0.2,0.4]},{"name":"beta","type":"discrete","values":[0,0.1,0.2]}""",
            ""","constraints":[{"type":"ratio","parameters":["alpha","beta"],"value":2}]""");

        Assert.Equal([(0.2, 0.1), (0.4, 0.2)], variations.Select(v => (v.Recipe.Get("alpha"), v.Recipe.Get("beta"))));
    }

    [Fact]
    public void MaxConstraint_DropsLargerValues()
    {
        var variations = Generate("""{"name":"alpha","type":"range","min":0,"max":1,"step":0.1}""",
            ""","constraints":[{"type":"max","parameters":["alpha"],"value":0.8}]""");

        Assert.Equal(9, variations.Count);
    }

    [Fact]
    public void Replicates_GiveDeterministicDistinctSeedsSharedAcrossCombinations()
    {
        var variations = Generate("""{"name":"alpha","type":"discrete","values":[0.1,0.2]}""", ""","replicates":3""");

        Assert.Equal(6, variations.Count);
        Assert.Equal([0, 0, 0, 1, 1, 1], variations.Select(v => v.CombinationIndex));
        Assert.Equal([0, 1, 2, 0, 1, 2], variations.Select(v => v.Replicate));
        Assert.Equal(42UL, variations[0].Seed);
        Assert.Equal(3, variations.Take(3).Select(v => v.Seed).Distinct().Count());
        Assert.Equal(variations.Take(3).Select(v => v.Seed), variations.Skip(3).Select(v => v.Seed));
        Assert.Equal(SweepGenerator.ReplicateSeed(42, 2), variations[2].Seed);
        Assert.Equal(6, variations.Select(v => v.Recipe.Name).Distinct().Count());
    }

    [Fact]
    public void RandomGenerators_SameSeedSameValues_OtherSeedOtherValues()
    {
        const string parameters =
            """{"name":"alpha","type":"random_uniform","min":0.1,"max":0.9},{"name":"lambda","type":"log_uniform","min":0.001,"max":1}""";

        var first = Generate(parameters, ""","samples":50""");
        var again = Generate(parameters, ""","samples":50""");
        var other = Generate(parameters, ""","samples":50,"seed":7""");

        Assert.Equal(first.Select(v => v.Recipe), again.Select(v => v.Recipe));
        Assert.NotEqual(first.Select(v => v.Recipe.Get("alpha")), other.Select(v => v.Recipe.Get("alpha")));
        Assert.All(first, v => Assert.InRange(v.Recipe.Get("alpha"), 0.1, 0.9));
        Assert.All(first, v => Assert.InRange(v.Recipe.Get("lambda"), 0.001, 1));
        Assert.Equal(50, first.Select(v => v.Recipe.Get("alpha")).Distinct().Count());
    }

    [Fact]
    public void LogUniform_SpreadsEvenlyAcrossDecades()
    {
        var variations = Generate("""{"name":"lambda","type":"log_uniform","min":0.001,"max":1}""", ""","samples":3000,"max_variations":3000""");

        var belowOneHundredth = variations.Count(v => v.Recipe.Get("lambda") < 0.01) / 3000.0;

        Assert.InRange(belowOneHundredth, 0.29, 0.38); // one decade of three
    }

    [Fact]
    public void RandomUniform_IntegerParameter_RoundsToWholeNumbersInRange()
    {
        var variations = Generate("""{"name":"sim_prev_max","type":"random_uniform","min":10.2,"max":20.7}""", ""","samples":200""");

        Assert.All(variations, v =>
        {
            var window = v.Recipe.Get("sim_prev_max");
            Assert.Equal(Math.Floor(window), window);
            Assert.InRange(window, 10, 21);
        });
    }

    [Fact]
    public void RandomCrossedWithGrid_SampleIndexVariesFastestAndSamplesRepeatPerGridPoint()
    {
        var variations = Generate(
            """{"name":"sim_preds","type":"discrete","values":[1,2]},{"name":"alpha","type":"random_uniform","min":0,"max":1}""",
            ""","samples":3""");

        Assert.Equal([1, 1, 1, 2, 2, 2], variations.Select(v => v.Recipe.Tickets));
        Assert.Equal(variations.Take(3).Select(v => v.Recipe.Get("alpha")), variations.Skip(3).Select(v => v.Recipe.Get("alpha")));
    }

    [Fact]
    public void Generate_CountNeverExceedsTheBound()
    {
        var spec = SweepSpecJson.Parse(SweepJson.With(
            """{"name":"alpha","type":"range","min":0,"max":1,"step":0.25},{"name":"beta","type":"random_uniform","min":0,"max":1}""",
            ""","samples":4,"replicates":2,"constraints":[{"type":"max","parameters":["alpha","beta"],"value":0.5}]""")).GetValueOrThrow();

        var variations = SweepGenerator.Generate(spec);

        Assert.Equal(40, spec.VariationBound);
        Assert.InRange(variations.Count, 1, 40);
        Assert.All(variations, v => Assert.True(v.Recipe.Get("alpha") <= 0.5 && v.Recipe.Get("beta") <= 0.5));
    }

    [Fact]
    public void ReplicateSeed_IsStableAcrossReleases()
    {
        // Pinned so a change to seed derivation (which would change every replicated result) cannot go unnoticed.
        Assert.Equal(42UL, SweepGenerator.ReplicateSeed(42, 0));
        Assert.Equal(SplitMix64.Mix(42 + 0x9E3779B97F4A7C15), SweepGenerator.ReplicateSeed(42, 1));
        Assert.Equal(0xE220A8397B1DCDAFUL, SplitMix64.Mix(0x9E3779B97F4A7C15));
    }
}
