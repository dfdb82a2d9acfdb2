using LuckyFive.Hosting;

namespace LuckyFive.Api.Security;

/// <summary>
/// The API's security settings, the section <c>LuckyFive:Api</c> (e.g. <c>--LuckyFive:Api:KeyCacheSeconds=5</c>).
/// Every problem is reported at once, by key.
/// </summary>
internal sealed class ApiSecurityOptions
{
    public const string SectionName = LuckyFiveClusterOptions.SectionName + ":Api";

    /// <summary>
    /// An admin key to store (as its hash) when the table has no active admin key at start, instead of a random one
    /// printed to standard output. At least 32 characters. Default none.
    /// </summary>
    public string? BootstrapAdminKey { get; set; }

    /// <summary>
    /// Seconds a process trusts a key it has verified before asking the database again; a key revoked through another
    /// process stops working within this time. 0 asks every time. Default 30.
    /// </summary>
    public int KeyCacheSeconds { get; set; } = 30;

    /// <summary>Request rates per key and per address without a key.</summary>
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Browser origins allowed to call the API; none by default.</summary>
    public CorsSettings Cors { get; set; } = new();

    public static ApiSecurityOptions From(IConfiguration configuration)
    {
        var options = new ApiSecurityOptions();
        configuration.GetSection(SectionName).Bind(options);
        var problems = options.Problems().ToArray();
        return problems.Length == 0 ? options : throw new LuckyFiveConfigurationException(problems);
    }

    private IEnumerable<string> Problems()
    {
        // The key itself is never repeated in a message: messages reach logs and terminals.
        if (BootstrapAdminKey is { } key && (key.Length < ApiKeySecret.MinimumConfiguredLength || key.Any(char.IsWhiteSpace)))
        {
            yield return $"{SectionName}:BootstrapAdminKey must be at least {ApiKeySecret.MinimumConfiguredLength} characters without spaces.";
        }

        if (KeyCacheSeconds is < 0 or > 300)
        {
            yield return $"{SectionName}:KeyCacheSeconds must be 0..300 (got {KeyCacheSeconds}).";
        }

        foreach (var problem in RateLimit.Problems($"{SectionName}:RateLimit").Concat(Cors.Problems($"{SectionName}:Cors")))
        {
            yield return problem;
        }
    }
}
