using System.Globalization;
using LuckyFive.Domain.Strategies;

namespace LuckyFive.Domain.Tests.Recipes;

public sealed class RecipeDocsTests
{
    [Fact]
    public void RecipesDoc_EveryCatalogParameter_HasARowWithItsRangeAndDefault()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "recipes.md"));

        foreach (var spec in StrategyCatalog.Names.SelectMany(StrategyCatalog.AllParametersOf).Distinct())
        {
            var range = $"{(spec.IsInteger ? "integer " : "")}{Text(spec.Min)}..{Text(spec.Max)}";
            var row = $"| `{spec.Name}` | {range} | {Text(spec.Default)} |";
            Assert.True(doc.Contains(row, StringComparison.Ordinal), $"docs/recipes.md lacks the row {row}");
        }
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "docs", "recipes.md")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("docs/recipes.md not found above the test output folder.");
    }
}
