using LuckyFive.Api.Security;
using LuckyFive.Domain.Recipes;

namespace LuckyFive.Api.Endpoints;

/// <summary>The built-in recipes a simulation can start from.</summary>
internal static class PresetsEndpoints
{
    public static void MapPresetsEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/presets", () => TypedResults.Ok(Presets.All.OrderBy(p => p.SortOrder).Select(PresetView.From).ToArray()))
            .WithTags("Simulations")
            .RequireAuthorization(ApiPolicies.Reader)
            .WithSummary("The presets, from the most cautious to the boldest, with their recipes.");

    internal sealed record PresetView(string Name, string DisplayName, string Risk, string Description, string Strategy, ulong Seed, IReadOnlyDictionary<string, double> Parameters)
    {
        public static PresetView From(Preset preset) => new(
            preset.Name,
            preset.DisplayName,
            preset.Risk.ToString().ToLowerInvariant(),
            preset.Description,
            preset.Recipe.Strategy,
            preset.Recipe.Seed,
            new SortedDictionary<string, double>(preset.Recipe.Parameters.ToDictionary(), StringComparer.Ordinal));
    }
}
