using LuckyFive.Domain.Recipes;
using LuckyFive.Domain.Strategies;

namespace LuckyFive.Domain.Tests.Recipes;

public sealed class RecipeTests
{
    [Fact]
    public void TryCreate_UnknownStrategy_FailsWithStrategyError()
    {
        var result = Recipe.TryCreate("r", "oracle", 1);

        Assert.False(result.IsValid);
        Assert.Equal("strategy", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Create_InvalidParameter_ThrowsListingTheError()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => Recipe.Create("r", StrategyCatalog.Frequency, 1, new Dictionary<string, double> { ["power"] = 11 }));

        Assert.Contains("parameters.power: must be a number in 0..10, got 11", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_Overrides_ChangesOnlyThoseAndKeepsOthers()
    {
        var recipe = Recipe.Create("r", StrategyCatalog.Hybrid, 5);

        var changed = recipe.With(new Dictionary<string, double> { ["alpha"] = 0.9 }, name: "s", seed: 6).GetValueOrThrow();

        Assert.Equal(0.9, changed.Get("alpha"));
        Assert.Equal(recipe.Get("beta"), changed.Get("beta"));
        Assert.Equal("s", changed.Name);
        Assert.Equal(6UL, changed.Seed);
        Assert.Equal(0.35, recipe.Get("alpha"));
    }

    [Fact]
    public void With_OutOfRangeOverride_Fails()
    {
        var result = Recipe.Create("r", StrategyCatalog.Hybrid, 5).With(new Dictionary<string, double> { ["sim_prev_max"] = 0 });

        Assert.Equal("parameters.sim_prev_max", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Get_UnknownParameter_Throws()
    {
        var recipe = Recipe.Create("r", StrategyCatalog.Random, 1);

        Assert.Throws<ArgumentException>(() => recipe.Get("alpha"));
    }

    [Fact]
    public void Equals_SameContentDifferentDictionaries_AreEqual()
    {
        var a = Recipe.Create("r", StrategyCatalog.Recency, 1, new Dictionary<string, double> { ["lambda"] = 0.2 });
        var b = Recipe.Create("r", StrategyCatalog.Recency, 1, new Dictionary<string, double> { ["lambda"] = 0.2 });
        var c = Recipe.Create("r", StrategyCatalog.Recency, 1, new Dictionary<string, double> { ["lambda"] = 0.3 });

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void TypedHelpers_ReadCommonParameters()
    {
        var recipe = Recipe.Create("r", StrategyCatalog.Random, 1, new Dictionary<string, double>
        {
            ["sim_prev_max"] = 123,
            ["sim_preds"] = 7,
            ["numbers"] = 9,
        });

        Assert.Equal((123, 7, 9), (recipe.Window, recipe.Tickets, recipe.Numbers));
    }
}
