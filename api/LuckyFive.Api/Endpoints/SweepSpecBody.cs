using System.Text.Json;
using LuckyFive.Domain.Sweeps;
using LuckyFive.GrainInterfaces.Sweeps;

namespace LuckyFive.Api.Endpoints;

/// <summary>Checks a sweep spec sent as a JSON object, reporting its problems under <c>spec.</c>.</summary>
internal static class SweepSpecBody
{
    /// <summary>The spec's JSON text when it parses and fits in one sweep; otherwise null with the errors recorded.</summary>
    public static string? Check(JsonElement? spec, Dictionary<string, string[]> errors)
    {
        if (spec is not { ValueKind: JsonValueKind.Object } json)
        {
            errors["spec"] = ["required: the sweep spec as a JSON object (docs/recipes.md, \"Sweep spec JSON\")"];
            return null;
        }

        var text = json.GetRawText();
        var parsed = SweepSpecJson.Parse(text);
        foreach (var group in parsed.Errors.GroupBy(e => e.Field == "$" ? "spec" : $"spec.{e.Field}", StringComparer.Ordinal))
        {
            errors[group.Key] = [.. group.Select(e => e.Reason)];
        }

        if (parsed.Value is { VariationBound: > SweepRequest.MaxChildren } tooLarge)
        {
            errors["spec.max_variations"] =
                [$"the sweep may make up to {tooLarge.VariationBound} children before constraints; one sweep runs at most {SweepRequest.MaxChildren}"];
        }

        return parsed.IsValid && !errors.ContainsKey("spec.max_variations") ? text : null;
    }
}
