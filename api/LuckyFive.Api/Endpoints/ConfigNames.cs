using Microsoft.AspNetCore.Http.HttpResults;

namespace LuckyFive.Api.Endpoints;

/// <summary>
/// What saved configs of every kind share (simulation configs at <c>/api/v1/configs</c>, sweep configs at
/// <c>/api/v1/sweep-configs</c>): the rules for a name and a description, and the answer when a name is taken.
/// </summary>
internal static class ConfigNames
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;

    /// <summary>Records a problem with the name (required) or the description (optional) under <c>name</c> or <c>description</c>.</summary>
    public static void Check(string? name, string? description, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            errors["name"] = [$"required: 1 to {MaxNameLength} characters, not only spaces, no control characters"];
        }

        if (description is { Length: > MaxDescriptionLength })
        {
            errors["description"] = [$"at most {MaxDescriptionLength} characters, got {description.Length}"];
        }
    }

    /// <summary><c>409</c>: another config of the kind (<c>"sweep config"</c>, <c>"config"</c>) has the name, whatever its case.</summary>
    public static ProblemHttpResult Taken(string kind, string name) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The name is taken.",
            detail: $"Another {kind} is named '{name}' (names are compared without regard to case); choose another name.");
}
