namespace LuckyFive.Api.Endpoints;

/// <summary>
/// A saved config as the API shows it: its own fields, then its simulation request's as they were saved.
/// <c>version</c> is also the <c>ETag</c> header (<c>"3"</c>) that <c>If-Match</c> is compared with.
/// </summary>
internal sealed record SavedConfigView : SimulationRequest
{
    private SavedConfigView(SimulationRequest request)
        : base(request)
    {
    }

    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>The strategy the config runs; at most one config per mode is its default.</summary>
    public required string Mode { get; init; }

    public required bool IsDefault { get; init; }

    public required int TimesUsed { get; init; }

    public DateTimeOffset? LastUsedAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public required int Version { get; init; }

    public required SavedConfigLinks Links { get; init; }

    /// <summary>The ETag of a config at <paramref name="version"/>.</summary>
    public static string ETag(int version) => $"\"{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";

    public static SavedConfigView From(SavedConfig config) => new(config.Request)
    {
        Id = config.Id,
        Name = config.Name,
        Description = config.Description,
        Tags = config.Tags,
        Mode = config.Mode,
        IsDefault = config.IsDefault,
        TimesUsed = config.TimesUsed,
        LastUsedAt = config.LastUsedAt,
        CreatedAt = config.CreatedAt,
        UpdatedAt = config.UpdatedAt,
        Version = config.Version,
        Links = new SavedConfigLinks($"/api/v1/configs/{config.Id}", $"/api/v1/configs/{config.Id}/run"),
    };
}

/// <summary>Where to read a saved config and where to run it.</summary>
internal sealed record SavedConfigLinks(string Self, string Run);
