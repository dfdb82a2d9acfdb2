using LuckyFive.Domain.Recipes;
using LuckyFive.Domain.Strategies;

namespace LuckyFive.Domain.Tests.Recipes;

public sealed class RecipeJsonTests
{
    private const string Balanced =
        """{"version":1,"name":"balanced","strategy":"hybrid","seed":42,"parameters":{"alpha":0.35,"beta":0.25,"gamma":0.2,"delta":0.2,"sim_prev_max":400,"sim_preds":25,"numbers":5}}""";

    [Fact]
    public void Parse_ValidHybridRecipe_ReadsEveryField()
    {
        var result = RecipeJson.Parse(Balanced);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var recipe = result.Value;
        Assert.Equal(1, recipe.Version);
        Assert.Equal("balanced", recipe.Name);
        Assert.Equal("hybrid", recipe.Strategy);
        Assert.Equal(42UL, recipe.Seed);
        Assert.Equal(400, recipe.Window);
        Assert.Equal(25, recipe.Tickets);
        Assert.Equal(5, recipe.Numbers);
        Assert.Equal(0.35, recipe.Get("alpha"));
    }

    [Fact]
    public void Parse_OmittedParameters_TakeCatalogDefaults()
    {
        var recipe = RecipeJson.Parse("""{"version":1,"name":"r","strategy":"hybrid","seed":1}""").GetValueOrThrow();

        foreach (var spec in StrategyCatalog.AllParametersOf("hybrid"))
        {
            Assert.Equal(spec.Default, recipe.Parameters[spec.Name]);
        }

        Assert.Equal(StrategyCatalog.AllParametersOf("hybrid").Count(), recipe.Parameters.Count);
    }

    [Fact]
    public void Parse_WeightAboveRange_NamesFieldAndRange()
    {
        var result = RecipeJson.Parse("""{"version":1,"name":"r","strategy":"hybrid","seed":1,"parameters":{"alpha":1.5}}""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("parameters.alpha", error.Field);
        Assert.Equal("must be a number in 0..1, got 1.5", error.Reason);
        Assert.Null(result.Value);
    }

    [Theory]
    [InlineData("sim_prev_max", "0", "must be an integer in 1..10000, got 0")]
    [InlineData("sim_prev_max", "10001", "must be an integer in 1..10000, got 10001")]
    [InlineData("sim_preds", "101", "must be an integer in 1..100, got 101")]
    [InlineData("numbers", "4", "must be an integer in 5..15, got 4")]
    [InlineData("numbers", "16", "must be an integer in 5..15, got 16")]
    [InlineData("sim_preds", "2.5", "must be an integer in 1..100, got 2.5")]
    public void Parse_CommonParameterOutOfRange_StatesAllowedRange(string parameter, string value, string reason)
    {
        var result = RecipeJson.Parse($$$"""{"version":1,"name":"r","strategy":"random","seed":1,"parameters":{"{{{parameter}}}":{{{value}}}}}""");

        var error = Assert.Single(result.Errors);
        Assert.Equal($"parameters.{parameter}", error.Field);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void Parse_UnknownParameterForStrategy_NamesIt()
    {
        var result = RecipeJson.Parse("""{"version":1,"name":"r","strategy":"random","seed":1,"parameters":{"alpha":0.3}}""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("parameters.alpha", error.Field);
        Assert.StartsWith("unknown parameter for strategy 'random'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownTopLevelField_IsRejected()
    {
        var result = RecipeJson.Parse("""{"version":1,"name":"r","strategy":"random","seed":1,"enableEvolutionary":true}""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("enableEvolutionary", error.Field);
        Assert.StartsWith("unknown field", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2", "unsupported version 2; supported: 1")]
    [InlineData("\"1.0\"", "must be the integer 1, got the string \"1.0\" (the original's string versions are not supported)")]
    public void Parse_UnknownVersion_IsRejected(string version, string reason)
    {
        var result = RecipeJson.Parse($$"""{"version":{{version}},"name":"r","strategy":"random","seed":1}""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("version", error.Field);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void Parse_MissingFields_ReportsEachRequiredField()
    {
        var result = RecipeJson.Parse("{}");

        Assert.Equal(["version", "name", "strategy", "seed"], result.Errors.Select(e => e.Field));
        Assert.All(result.Errors, e => Assert.StartsWith("required", e.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_UnknownStrategy_ListsKnownStrategies()
    {
        var result = RecipeJson.Parse("""{"version":1,"name":"r","strategy":"magic","seed":1}""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("strategy", error.Field);
        Assert.Equal("unknown strategy 'magic'; one of frequency, hybrid, random, recency", error.Reason);
    }

    [Theory]
    [InlineData("""{"version":1,"name":7,"strategy":"random","seed":1}""", "name", "must be a string, got 7")]
    [InlineData("""{"version":1,"name":"r","strategy":"random","seed":-1}""", "seed", "must be an integer in 0..18446744073709551615, got -1")]
    [InlineData("""{"version":1,"name":"r","strategy":"random","seed":1.5}""", "seed", "must be an integer in 0..18446744073709551615, got 1.5")]
    [InlineData("""{"version":1,"name":"r","strategy":"random","seed":1,"parameters":{"sim_preds":"20"}}""", "parameters.sim_preds", "must be a finite number, got the string \"20\"")]
    [InlineData("""{"version":1,"name":"r","strategy":"random","seed":1,"parameters":{"sim_preds":null}}""", "parameters.sim_preds", "must be a finite number, got null")]
    [InlineData("""{"version":1,"name":"r","strategy":"random","seed":1,"parameters":[]}""", "parameters", "must be a JSON object of parameter values, got an array")]
    [InlineData("""{"version":1,"name":"  ","strategy":"random","seed":1}""", "name", "must be a non-empty string of at most 200 characters without control characters")]
    public void Parse_WrongType_NamesFieldAndExpectedType(string json, string field, string reason)
    {
        var error = Assert.Single(RecipeJson.Parse(json).Errors);

        Assert.Equal(field, error.Field);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void Parse_NumberOverflowingDouble_IsRejectedAsNonFinite()
    {
        var result = RecipeJson.Parse("""{"version":1,"name":"r","strategy":"recency","seed":1,"parameters":{"lambda":1e400}}""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("parameters.lambda", error.Field);
        Assert.StartsWith("must be a finite number", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NaNLiteral_IsMalformedJson()
    {
        var result = RecipeJson.Parse("""{"version":1,"name":"r","strategy":"recency","seed":1,"parameters":{"lambda":NaN}}""");

        Assert.Equal("$", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Parse_MalformedJson_ReportsLineAndPosition()
    {
        var result = RecipeJson.Parse("{\n  \"version\": 1,\n  \"name\" \"r\"\n}");

        var error = Assert.Single(result.Errors);
        Assert.Equal("$", error.Field);
        Assert.StartsWith("malformed JSON at line 3, position 10:", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateField_IsRejected()
    {
        var result = RecipeJson.Parse("""{"version":1,"name":"a","name":"b","strategy":"random","seed":1}""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("name", error.Field);
        Assert.Equal("duplicate field", error.Reason);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsAllInOnePass()
    {
        var result = RecipeJson.Parse(
            """{"version":1,"name":"r","strategy":"hybrid","seed":1,"parameters":{"alpha":2,"beta":-1,"sim_preds":0,"bogus":1}}""");

        Assert.Equal(["parameters.alpha", "parameters.beta", "parameters.sim_preds", "parameters.bogus"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Parse_RootNotAnObject_IsRejected()
    {
        var error = Assert.Single(RecipeJson.Parse("[1,2]").Errors);

        Assert.Equal("$", error.Field);
        Assert.Equal("must be a JSON object, got an array", error.Reason);
    }

    [Fact]
    public void Serialize_BalancedRecipe_WritesStableKeyOrder()
    {
        var recipe = RecipeJson.Parse(Balanced).GetValueOrThrow();

        var json = RecipeJson.Serialize(recipe);

        Assert.StartsWith("""{"version":1,"name":"balanced","strategy":"hybrid","seed":42,"parameters":{"alpha":0.35,"beta":0.25,""", json,
            StringComparison.Ordinal);
        Assert.EndsWith(""","sim_prev_max":400,"sim_preds":25,"numbers":5}}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_SameRecipeBuiltInDifferentKeyOrders_GivesIdenticalBytes()
    {
        var a = RecipeJson.Parse("""{"seed":3,"parameters":{"numbers":7,"lambda":0.5},"strategy":"recency","name":"x","version":1}""");
        var b = RecipeJson.Parse("""{"version":1,"name":"x","strategy":"recency","seed":3,"parameters":{"lambda":0.5,"numbers":7}}""");

        Assert.Equal(RecipeJson.Serialize(a.GetValueOrThrow()), RecipeJson.Serialize(b.GetValueOrThrow()));
    }

    [Fact]
    public void RoundTrip_RandomValidRecipes_ParseBackEqualWithSameBytes()
    {
        var random = new System.Random(20240601);
        foreach (var strategy in StrategyCatalog.Names)
        {
            for (var i = 0; i < 200; i++)
            {
                var parameters = new Dictionary<string, double>();
                foreach (var spec in StrategyCatalog.AllParametersOf(strategy))
                {
                    var value = spec.Min + random.NextDouble() * (spec.Max - spec.Min);
                    parameters[spec.Name] = spec.IsInteger ? Math.Round(value) : value;
                }

                var recipe = Recipe.Create($"r{i}", strategy, (ulong)random.NextInt64() * 3, parameters);
                var json = RecipeJson.Serialize(recipe, indented: i % 2 == 0);
                var back = RecipeJson.Parse(json).GetValueOrThrow();

                Assert.Equal(recipe, back);
                Assert.Equal(json, RecipeJson.Serialize(back, indented: i % 2 == 0));
            }
        }
    }

    [Fact]
    public void Serialize_MaximumSeed_RoundTripsExactly()
    {
        var recipe = Recipe.Create("big", StrategyCatalog.Random, ulong.MaxValue);

        Assert.Equal(ulong.MaxValue, RecipeJson.Parse(RecipeJson.Serialize(recipe)).GetValueOrThrow().Seed);
    }

    [Fact]
    public void Serialize_Indented_UsesLineFeedsOnly()
    {
        var json = RecipeJson.Serialize(Recipe.Create("r", StrategyCatalog.Random, 1), indented: true);

        Assert.Contains('\n', json);
        Assert.DoesNotContain('\r', json);
    }
}
