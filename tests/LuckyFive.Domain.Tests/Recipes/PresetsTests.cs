using LuckyFive.Domain.Recipes;
using LuckyFive.Domain.Strategies;

namespace LuckyFive.Domain.Tests.Recipes;

public sealed class PresetsTests
{
    [Theory]
    [InlineData("conservative", 0.3, 0.25, 0.25, 0.2, 500, 20, RiskLevel.Low)]
    [InlineData("balanced", 0.35, 0.25, 0.2, 0.2, 400, 25, RiskLevel.Medium)]
    [InlineData("aggressive", 0.4, 0.3, 0.15, 0.15, 300, 30, RiskLevel.High)]
    public void TryGet_BuiltInPreset_HasTheOriginalTableValues(
        string name, double alpha, double beta, double gamma, double delta, int window, int tickets, RiskLevel risk)
    {
        Assert.True(Presets.TryGet(name, out var recipe));
        Assert.True(Presets.TryGetPreset(name, out var preset));

        Assert.Equal(StrategyCatalog.Hybrid, recipe.Strategy);
        Assert.Equal((alpha, beta, gamma, delta), (recipe.Get("alpha"), recipe.Get("beta"), recipe.Get("gamma"), recipe.Get("delta")));
        Assert.Equal((window, tickets), (recipe.Window, recipe.Tickets));
        Assert.Equal(risk, preset.Risk);
        Assert.False(string.IsNullOrWhiteSpace(preset.DisplayName));
        Assert.False(string.IsNullOrWhiteSpace(preset.Description));
    }

    [Fact]
    public void All_EveryPreset_SurvivesJsonRoundTripAndValidates()
    {
        foreach (var preset in Presets.All)
        {
            var parsed = RecipeJson.Parse(RecipeJson.Serialize(preset.Recipe));

            Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
            Assert.Equal(preset.Recipe, parsed.Value);
        }
    }

    [Fact]
    public void All_IsInSortOrderWithThreePresets()
    {
        Assert.Equal(["conservative", "balanced", "aggressive"], Presets.All.Select(p => p.Name));
        Assert.Equal([1, 2, 3], Presets.All.Select(p => p.SortOrder));
    }

    [Fact]
    public void TryGet_UnknownName_ReturnsFalse()
    {
        Assert.False(Presets.TryGet("reckless", out _));
    }

    [Fact]
    public void TryGet_DifferentCase_FindsPreset()
    {
        Assert.True(Presets.TryGet("Balanced", out var recipe));
        Assert.Equal("balanced", recipe.Name);
    }
}
