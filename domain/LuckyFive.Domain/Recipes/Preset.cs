namespace LuckyFive.Domain.Recipes;

/// <summary>A named, ready-to-run recipe with the metadata a user picks it by.</summary>
public sealed record Preset(string Name, string DisplayName, RiskLevel Risk, int SortOrder, string Description, Recipe Recipe);
