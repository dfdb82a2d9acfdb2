namespace LuckyFive.Api.Endpoints;

/// <summary>
/// A saved config as sent: a simulation request exactly as <c>POST /api/v1/simulations</c> takes it (so a bad field
/// has the same name there and here), with a name, an optional description and tags.
/// </summary>
internal sealed record SavedConfigBody : SimulationRequest
{
    public const int MaxTags = 20;
    public const int MaxTagLength = 50;

    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Labels to find the config by (<c>GET /api/v1/configs?tag=</c>); duplicates are kept once.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>The tags as stored (each once, in the order given), recording a problem under <c>tags</c>.</summary>
    public IReadOnlyList<string> CheckTags(Dictionary<string, string[]> errors)
    {
        var tags = (Tags ?? []).Distinct(StringComparer.Ordinal).ToArray();
        var bad = tags.Where(t => string.IsNullOrWhiteSpace(t) || t.Length > MaxTagLength || t.Any(char.IsControl)).ToArray();
        if (bad.Length > 0 || tags.Length > MaxTags)
        {
            errors["tags"] =
            [
                $"at most {MaxTags} tags, each 1 to {MaxTagLength} characters, not only spaces, no control characters"
                    + (bad.Length > 0 ? $"; not: {string.Join(", ", bad.Select(t => $"'{t}'"))}" : $"; got {tags.Length}"),
            ];
        }

        return tags;
    }
}

/// <summary>Overrides for one run of a saved config; every field is optional.</summary>
internal sealed record SavedConfigRunBody
{
    public ulong? Seed { get; init; }

    public int? FromContest { get; init; }

    public int? ToContest { get; init; }

    /// <summary>A bankroll ledger to bet from on this run.</summary>
    public string? LedgerId { get; init; }

    /// <summary>The saved request with these overrides applied.</summary>
    public SimulationRequest Apply(SimulationRequest saved) => saved with
    {
        Seed = Seed ?? saved.Seed,
        FromContest = FromContest ?? saved.FromContest,
        ToContest = ToContest ?? saved.ToContest,
        LedgerId = LedgerId ?? saved.LedgerId,
    };
}
