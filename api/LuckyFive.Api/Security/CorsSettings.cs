namespace LuckyFive.Api.Security;

/// <summary>
/// Which browser origins may call the API (<c>LuckyFive:Api:Cors:AllowedOrigins:0=https://ui.example</c>). None by
/// default: browsers then refuse cross-origin calls. Keys travel in headers, not cookies, so no credentials are allowed.
/// </summary>
internal sealed class CorsSettings
{
    public string[] AllowedOrigins { get; set; } = [];

    internal IEnumerable<string> Problems(string section)
    {
        foreach (var origin in AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || uri.PathAndQuery != "/" || origin.EndsWith('/'))
            {
                yield return $"{section}:AllowedOrigins: '{origin}' is not an origin (scheme, host and port only, such as https://ui.example.com).";
            }
        }
    }
}
